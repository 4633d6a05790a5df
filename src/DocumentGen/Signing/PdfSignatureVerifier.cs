using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Reconsideration.DocumentGen.Signing;

/// <summary>
/// Checks the last signature of a PDF: rebuilds the signed byte ranges, verifies the CMS signature over them and
/// that the ranges span the whole file. Trust in the certificate itself (chain to a root) is the caller's policy.
/// </summary>
public static partial class PdfSignatureVerifier
{
    /// <summary>Checks <paramref name="pdf"/>; never throws for a malformed or unsigned file, it says so instead.</summary>
    public static PdfSignatureCheck Verify(byte[] pdf)
    {
        // PDF syntax is ASCII where it matters here; Latin-1 keeps byte offsets equal to character offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var ranges = ByteRangePattern().Matches(text);
        if (ranges.Count == 0)
        {
            return new(false, false, false, null, null, "文件未签章。");
        }
        var range = ranges[^1];
        long[] r = [.. Enumerable.Range(1, 4).Select(i => long.Parse(range.Groups[i].Value))];
        if (r[0] != 0 || r[1] < 0 || r[2] < r[1] || r[3] < 0 || r[2] + r[3] > pdf.Length)
        {
            return new(true, false, false, null, null, "签章的字节范围无效。");
        }
        var contents = text[(int)r[1]..(int)r[2]].Trim('<', '>', ' ');
        byte[] signature;
        try
        {
            signature = TrimDer(Convert.FromHexString(contents));
        }
        catch (Exception e) when (e is FormatException or AsnContentException)
        {
            return new(true, false, false, null, null, "签章数据无法解析。");
        }
        var signed = new byte[r[1] + r[3]];
        Array.Copy(pdf, 0, signed, 0, r[1]);
        Array.Copy(pdf, r[2], signed, r[1], r[3]);
        var coversWholeFile = r[2] + r[3] == pdf.Length;
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        try
        {
            cms.Decode(signature);
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return new(true, false, coversWholeFile, SignerOf(cms), null, "签章校验失败：文件在签章后被修改。");
        }
        var signer = cms.SignerInfos[0];
        var time = signer.SignedAttributes.OfType<CryptographicAttributeObject>()
            .SelectMany(a => a.Values.OfType<Pkcs9SigningTime>()).Select(t => (DateTimeOffset?)new DateTimeOffset(t.SigningTime, TimeSpan.Zero))
            .FirstOrDefault();
        return new(true, true, coversWholeFile, SignerOf(cms), time,
            coversWholeFile ? null : "签章之后文件又被追加了内容。");
    }

    private static string? SignerOf(SignedCms cms) =>
        cms.SignerInfos.Count > 0 ? cms.SignerInfos[0].Certificate?.GetNameInfo(X509NameType.SimpleName, false) : null;

    // The /Contents placeholder is padded with zeros after the DER value; decode only the value itself.
    private static byte[] TrimDer(byte[] padded)
    {
        AsnDecoder.ReadEncodedValue(padded, AsnEncodingRules.BER, out _, out _, out var length);
        return padded[..length];
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangePattern();
}
