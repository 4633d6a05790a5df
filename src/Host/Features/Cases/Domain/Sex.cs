namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>A natural person's sex as the resident ID number encodes it (GB 11643: odd 17th digit = male).</summary>
public enum Sex
{
    /// <summary>男.</summary>
    Male,

    /// <summary>女.</summary>
    Female,
}
