namespace Reconsideration.DocumentGen.Model;

/// <summary>The verification code printed with a QR code of <paramref name="Url"/>, by which a recipient checks the document.</summary>
public sealed record VerificationBlock(string Code, string Url) : Block;
