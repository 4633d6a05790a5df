namespace Reconsideration.DocumentGen.Signing;

/// <summary>
/// What checking a PDF's last signature found: whether the file is signed, whether the signature is intact and
/// covers the whole file (nothing appended after signing), who signed and when; <paramref name="Problem"/> says why not, in Chinese.
/// </summary>
public sealed record PdfSignatureCheck(
    bool Signed,
    bool Valid,
    bool CoversWholeFile,
    string? Signer,
    DateTimeOffset? SigningTime,
    string? Problem)
{
    /// <summary>Signed, intact and covering every byte of the file.</summary>
    public bool IsTrustworthy => Signed && Valid && CoversWholeFile;
}
