using System.Security.Cryptography.X509Certificates;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace Reconsideration.DocumentGen.Signing;

/// <summary>
/// Signs a finished PDF with the organ's certificate: an invisible signature over the whole file (the visible mark
/// is the seal printed on the page), made by PDFsharp's signature handler with a CMS signer of our own.
/// </summary>
public sealed class PdfSigner(X509Certificate2 certificate, TimeProvider? time = null)
{
    /// <summary>The signer's name as the certificate states it.</summary>
    public string SignerName => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    /// <summary>Returns a signed copy of <paramref name="pdf"/>; <paramref name="reason"/> and <paramref name="location"/> go into the signature dictionary.</summary>
    public byte[] Sign(byte[] pdf, string reason, string location)
    {
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        DigitalSignatureHandler.ForDocument(document, new CmsDigitalSigner(certificate, time ?? TimeProvider.System), new DigitalSignatureOptions
        {
            Reason = reason,
            Location = location,
            AppName = "行政复议案件系统",
            PageIndex = document.PageCount - 1,
            Rectangle = new XRect(0, 0, 0, 0),
        });
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
