using Reconsideration.DocumentGen.Issuing;

namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>
/// The issued PDFs themselves, kept as &lt;documents data&gt;/issued/&lt;case id&gt;/&lt;verification code&gt;.pdf; the
/// register (documents.db) keeps their hashes, so a file changed on disk is noticed when it is verified.
/// </summary>
internal sealed class IssuedFiles(string directory)
{
    public string PathOf(Guid caseId, string code) => Path.Combine(directory, "issued", caseId.ToString("N"), code + ".pdf");

    public async Task SaveAsync(Guid caseId, IssuedPdf issued, CancellationToken cancellationToken)
    {
        var path = PathOf(caseId, issued.Record.VerificationCode);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, issued.Pdf, cancellationToken);
    }
}
