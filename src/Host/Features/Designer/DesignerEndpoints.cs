using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Designer;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Designer.Services;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Model;

namespace Reconsideration.Host.Features.Designer;

/// <summary>
/// The designer's routes (docs/designer.md), for the 流程设计员 and the administrator:
/// <code>
/// GET  /api/v1/designer/processes          processes with their versions and drafts
/// GET  /api/v1/designer/catalog            roles, forms, handlers, document types and named legal periods the panel offers
/// GET  /api/v1/designer/drafts/{key}       the draft, else the latest version's file
/// PUT  /api/v1/designer/drafts/{key}       save a draft
/// POST /api/v1/designer/validate           the server's deploy validation of a file
/// POST /api/v1/designer/publish            validate and deploy as a new version (422 with the problems when invalid)
/// </code>
/// </summary>
internal static class DesignerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var designer = api.MapGroup("/designer").WithTags("流程设计").RequireRoles([.. StaffRoles.Designers]);
        designer.MapGet("/processes", (DesignerProcesses processes, CancellationToken ct) => processes.ListAsync(ct)).WithSummary("流程及其版本");
        designer.MapGet("/catalog", (DesignerCatalogSource source) => source.Catalog()).WithSummary("可选的角色、表单、处理程序、文书种类和法定期限");
        designer.MapGet("/drafts/{key}", OpenAsync).WithSummary("打开流程（草稿或最新版本）");
        designer.MapPut("/drafts/{key}", SaveAsync).WithSummary("保存草稿");
        designer.MapPost("/validate", (PublishRequest request, DesignerValidation validation) => Validate(request, validation)).WithSummary("校验流程文件");
        designer.MapPost("/publish", PublishAsync).WithSummary("发布新版本");
    }

    private static async Task<Results<Ok<DraftRequest>, ProblemHttpResult>> OpenAsync(string key, DesignerProcesses processes, CancellationToken ct) =>
        await processes.OpenAsync(key, ct) is { } opened
            ? TypedResults.Ok(new DraftRequest(opened.Xml, null))
            : ApiProblems.Of(StatusCodes.Status404NotFound, $"没有流程“{key}”的草稿或已发布版本。");

    private static async Task<Results<Ok<Draft>, ProblemHttpResult>> SaveAsync(string key, DraftRequest request, DraftStore drafts,
        ClaimsPrincipal user, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(await drafts.SaveAsync(key, request.Name, request.Xml, user.UserName(), ct));
        }
        catch (DesignerInputException e)
        {
            return ApiProblems.Of(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static Results<Ok<IReadOnlyList<DefinitionProblem>>, ProblemHttpResult> Validate(PublishRequest request, DesignerValidation validation)
    {
        try
        {
            BpmnFile.CheckReadable(request.Xml);
            return TypedResults.Ok(validation.Validate(request.Xml!));
        }
        catch (DesignerInputException e)
        {
            return ApiProblems.Of(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static async Task<Results<Created<IReadOnlyList<ProcessVersion>>, ProblemHttpResult>> PublishAsync(PublishRequest request,
        WorkflowPublisher publisher, ClaimsPrincipal user, CancellationToken ct)
    {
        PublishResult result;
        try
        {
            result = await publisher.PublishAsync(request.Xml, request.Comment, user.UserName(), ct);
        }
        catch (DesignerInputException e)
        {
            return ApiProblems.Of(StatusCodes.Status400BadRequest, e.Message);
        }
        if (!result.Succeeded)
        {
            return TypedResults.Problem($"流程有{result.Problems.Count}处错误，未发布：请按提示修改后再发布。",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "流程未通过校验",
                extensions: new Dictionary<string, object?> { ["problems"] = result.Problems });
        }
        IReadOnlyList<ProcessVersion> versions = [.. result.Deployed.Select(d => new ProcessVersion(d.Version, d.Name, d.DeployedAt, d.DeployedBy, d.Comment))];
        return TypedResults.Created("/api/v1/designer/processes", versions);
    }
}
