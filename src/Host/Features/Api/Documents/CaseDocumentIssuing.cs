using System.Text.Json.Nodes;
using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>
/// Issues a document of a case from the case's data: composed first (a document that cannot be written uses up no
/// number), numbered with the type's number of the case (one per type, reused when issued again), coded, signed,
/// registered and stored. The API's issue endpoint and the workflow's documents.issue handler both come here.
/// </summary>
internal sealed class CaseDocumentIssuing(CaseDocumentData data, DocumentIssuer issuer, DocumentTypeCatalog catalog,
    DocumentNumberService numbers, IssuedFiles files, IssuedDocumentRegister register)
{
    /// <summary>The data the document would be written from: the case's, with <paramref name="extra"/> merged over it.</summary>
    public JsonObject Content(Case @case, string typeKey, DateOnly issueDate, JsonObject? extra) => data.Build(@case, typeKey, issueDate, extra);

    public async Task<IssuedDocument> IssueAsync(Case @case, string typeKey, DateOnly issueDate, JsonObject content, CancellationToken cancellationToken)
    {
        issuer.Composer.Compose(typeKey, content);
        if (catalog.Get(typeKey).TypeCode is not null)
        {
            var number = @case.Documents.FirstOrDefault(d => d.TypeKey == typeKey)?.Number
                ?? (await numbers.IssueAsync(@case.Id, typeKey, issueDate, cancellationToken)).Number;
            content["number"] = number;
        }

        var issued = issuer.Issue(typeKey, content);
        await files.SaveAsync(@case.Id, issued, cancellationToken);
        return issued.Record;
    }

    /// <summary>An issued document of the case by its verification code, if registered.</summary>
    public IssuedDocument? Find(Case @case, string code) => register.Find(code) is { } found && found.CaseNumber == @case.Number ? found : null;

    public IssuedFiles Files => files;
}
