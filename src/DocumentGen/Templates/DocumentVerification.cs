namespace Reconsideration.DocumentGen.Templates;

/// <summary>The verification code and URL printed (with a QR code) on an issued document.</summary>
public sealed record DocumentVerification(string Code, string Url);
