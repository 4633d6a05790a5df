using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace Reconsideration.DocumentGen.Signing;

/// <summary>
/// Signs the byte ranges PDFsharp hands over as a detached CMS (PKCS #7) signature with SHA-256 and the signing
/// time as a signed attribute — the form Adobe Reader and other validators expect for adbe.pkcs7.detached.
/// </summary>
internal sealed class CmsDigitalSigner(X509Certificate2 certificate, TimeProvider time) : IDigitalSigner
{
    // The space PDFsharp reserves must hold any signature we make; a trial signature's length plus room for
    // the variable-length parts (signing time, DER length bytes) is safe and keeps the placeholder small.
    private readonly Lazy<int> _size = new(() => Sign(certificate, time, [0]).Length + 256);

    public string CertificateName => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    public Task<int> GetSignatureSizeAsync() => Task.FromResult(_size.Value);

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        // PDFsharp's ranged stream knows its length but is positioned at its end and reads synchronously only.
        var content = new byte[stream.Length];
        stream.Position = 0;
        stream.ReadExactly(content);
        return Task.FromResult(Sign(certificate, time, content));
    }

    private static byte[] Sign(X509Certificate2 certificate, TimeProvider time, byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), // SHA-256
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(time.GetUtcNow().UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}
