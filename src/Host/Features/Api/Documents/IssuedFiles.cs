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

    /// <summary>
    /// The verification code of the document a workflow step (instance and element) already issued, or null. The
    /// engine may run a step again (a retry, a conflicting commit); the marker keeps it from issuing a second PDF.
    /// </summary>
    public string? StepCode(Guid caseId, string step) => File.Exists(StepPath(caseId, step)) ? File.ReadAllText(StepPath(caseId, step)).Trim() : null;

    public void MarkStep(Guid caseId, string step, string code)
    {
        var path = StepPath(caseId, step);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, code);
    }

    private string StepPath(Guid caseId, string step) => Path.Combine(directory, "issued", caseId.ToString("N"), "steps", step + ".code");
}
