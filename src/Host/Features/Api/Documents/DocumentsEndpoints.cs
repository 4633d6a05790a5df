using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>
/// Documents of a case.
/// <code>
/// GET  /api/v1/document-types                        every type, and which the case alone can fill
/// GET  /api/v1/cases/{id}/documents                  issued documents (and the numbers issued)
/// GET  /api/v1/cases/{id}/documents/{code}           download an issued PDF
/// POST /api/v1/cases/{id}/documents/{type}/preview   a preview PDF: no number, code, signature or record
/// POST /api/v1/cases/{id}/documents/{type}/issue     签发: numbered, coded, signed, registered (bureau head, district leader)
/// </code>
/// </summary>
internal static class DocumentsEndpoints
{
    private static readonly DecisionType[] LeaderSigns =
    [
        DecisionType.Vary, DecisionType.Revoke, DecisionType.PartiallyRevoke, DecisionType.ConfirmIllegal, DecisionType.ConfirmVoid,
        DecisionType.OrderPerformance,
    ];

    private static readonly string[] LeaderKinds = ["vary", "revoke", "partially-revoke", "confirm-illegal", "confirm-void", "order-performance"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/document-types", Types).WithTags("文书").RequireRoles(ApiPolicies.Staff).WithSummary("文书类型");
        var documents = api.MapGroup("/cases/{id:guid}/documents").WithTags("文书");
        documents.MapGet("/", ListAsync).RequireRoles(ApiPolicies.Staff).WithSummary("案件已签发的文书");
        documents.MapGet("/{code}", DownloadAsync).RequireRoles(ApiPolicies.Staff).WithSummary("下载文书PDF")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        documents.MapPost("/{type}/preview", PreviewAsync).RequireRoles(ApiPolicies.Staff).WithSummary("文书预览（PDF）")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        documents.MapPost("/{type}/issue", IssueAsync).RequireRoles(ApiPolicies.Issue).WithSummary("签发文书");
    }

    private static Ok<IReadOnlyList<DocumentTypeView>> Types(DocumentTypeCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<DocumentTypeView>>([.. catalog.All.Select(t =>
            new DocumentTypeView(t.Key, t.ChineseName, t.TypeCode, CaseDocumentData.FromCase.Contains(t.Key)))]);

    private static async Task<Ok<IReadOnlyList<IssuedDocumentView>>> ListAsync(Guid id, CaseAccess access, IssuedDocumentRegister register,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var @case = await access.CaseAsync(user, id, ct);
        return TypedResults.Ok<IReadOnlyList<IssuedDocumentView>>([.. register.ForCase(@case.Number).Select(d => View(id, d))]);
    }

    private static async Task<FileContentHttpResult> DownloadAsync(Guid id, string code, CaseAccess access, IssuedDocumentRegister register,
        IssuedFiles files, ClaimsPrincipal user, CancellationToken ct)
    {
        var @case = await access.CaseAsync(user, id, ct);
        var record = register.Find(code);
        var path = record is null ? null : files.PathOf(id, record.VerificationCode);
        if (record is null || record.CaseNumber != @case.Number || !File.Exists(path))
            throw ApiException.NotFound($"案件{@case.Number}中没有验证码为“{code}”的已签发文书。");
        var name = (record.DocumentNumber ?? record.Title) + ".pdf";
        return TypedResults.File(await File.ReadAllBytesAsync(path!, ct), "application/pdf", name);
    }

    private static async Task<FileContentHttpResult> PreviewAsync(Guid id, string type, DocumentRequest? request, CaseAccess access,
        CaseDocumentData data, DocumentIssuer issuer, DocumentTypeCatalog catalog, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var @case = await access.CaseAsync(user, id, ct);
        var key = Known(catalog, type);
        var pdf = issuer.Preview(key, data.Build(@case, key, request?.IssueDate ?? LegalTime.Today(clock), request?.Data));
        return TypedResults.File(pdf, "application/pdf", $"{catalog.Get(key).ChineseName}（预览）.pdf");
    }

    private static async Task<Created<IssuedDocumentView>> IssueAsync(Guid id, string type, DocumentRequest? request, CaseAccess access,
        CaseDocumentIssuing documents, DocumentTypeCatalog catalog, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var @case = await access.CaseAsync(user, id, ct);
        var key = Known(catalog, type);
        var issueDate = request?.IssueDate ?? LegalTime.Today(clock);
        var content = documents.Content(@case, key, issueDate, request?.Data);
        // The holding decides who signs: the recorded decision's type, or the kind the document's data states.
        var kind = content["decision"]?["kind"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? content["decision"]!["kind"]!.GetValue<string>() : null;
        var leaderSigns = (@case.Decision is { } decision && LeaderSigns.Contains(decision.Type)) || (kind is not null && LeaderKinds.Contains(kind));
        if (key == CaseDocumentTypes.Decision && leaderSigns && !user.Roles().Contains(StaffRoles.DistrictLeader))
            throw ApiException.Forbidden("变更、撤销、确认违法、确认无效、责令履行的行政复议决定书由分管区领导签发，局长不能签发。");
        var view = View(id, await documents.IssueAsync(@case, key, issueDate, content, ct));
        return TypedResults.Created(view.Download, view);
    }

    private static string Known(DocumentTypeCatalog catalog, string type) =>
        catalog.TryGet(type, out var found) ? found.Key
            : throw ApiException.NotFound($"没有“{type}”这种文书类型，可用的类型见 /api/v1/document-types。");

    private static IssuedDocumentView View(Guid caseId, IssuedDocument d) => new(d.VerificationCode, d.DocumentType, d.Title, d.DocumentNumber,
        d.Sha256, d.SizeBytes, d.Signer, d.IssuedAt, $"/api/v1/cases/{caseId}/documents/{d.VerificationCode}");
}
