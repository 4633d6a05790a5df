using System.Text.Json.Nodes;
using Reconsideration.DocumentGen.Signing;
using Reconsideration.DocumentGen.Templates;

namespace Reconsideration.DocumentGen.Issuing;

/// <summary>
/// Turns data into documents in the two forms staff meet them: a preview (composed and rendered, nothing more)
/// and an issued document (a fresh verification code with its QR code, signed with the organ's certificate, its
/// SHA-256 entered in the register). A failure at any step leaves no record and no file.
/// </summary>
public sealed class DocumentIssuer(
    DocumentComposer composer,
    DocumentRenderer renderer,
    PdfSigner signer,
    IssuedDocumentRegister register,
    Uri verificationBase,
    TimeProvider? time = null)
{
    /// <summary>The composer, for its type catalogue and samples.</summary>
    public DocumentComposer Composer => composer;

    /// <summary>Renders <paramref name="typeKey"/> from <paramref name="data"/> without code, signature or record.</summary>
    public byte[] Preview(string typeKey, JsonNode data) => renderer.Render(composer.Compose(typeKey, data));

    /// <summary>Issues <paramref name="typeKey"/> from <paramref name="data"/>: coded, signed and registered.</summary>
    public IssuedPdf Issue(string typeKey, JsonNode data)
    {
        var code = VerificationCode.New();
        var document = composer.Compose(typeKey, data, new DocumentVerification(code, new Uri(verificationBase, code).ToString()));
        var metadata = document.Metadata;
        var pdf = signer.Sign(renderer.Render(document), reason: $"签发{metadata.Title}", location: metadata.Author);
        var record = new IssuedDocument(
            code, typeKey, metadata.Title, metadata.DocumentNumber, metadata.Subject,
            IssuedDocumentRegister.HashOf(pdf), pdf.Length, signer.SignerName, (time ?? TimeProvider.System).GetUtcNow());
        register.Add(record);
        return new IssuedPdf(pdf, record);
    }
}
