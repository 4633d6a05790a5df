namespace Reconsideration.DocumentGen.Issuing;

/// <summary>What checking a presented document against the register found.</summary>
public enum VerificationOutcome
{
    /// <summary>The code is registered and the file is byte for byte the one issued under it.</summary>
    Authentic,

    /// <summary>No document was issued under this code.</summary>
    UnknownCode,

    /// <summary>The code is registered but the file differs from the one issued.</summary>
    Altered,
}
