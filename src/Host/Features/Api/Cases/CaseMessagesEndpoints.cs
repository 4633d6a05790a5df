using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>
/// Events that happen to a case outside its tasks — corrected materials arrived, the applicant withdraws, the handler
/// proposes suspension or extension — sent to the waiting workflow, correlated on the case number.
/// <code>
/// POST /api/v1/cases/{id}/workflow/messages   { name, variables } → the case's open tasks afterwards
/// </code>
/// </summary>
internal static class CaseMessagesEndpoints
{
    /// <summary>The messages of the shipped workflow; any other name is refused rather than sent into the engine.</summary>
    private static readonly string[] Known = ["补正材料已提交", "补正期限延长", "中止审理", "恢复审理", "终止审理", "申请撤回", "申请延期审理"];

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/workflow/messages", SendAsync).WithTags("案件").RequireRoles(ApiPolicies.Steps).WithSummary("向案件流程发送消息");

    private static async Task<Ok<IReadOnlyList<Tasks.TaskView>>> SendAsync(Guid id, CaseMessageRequest request, CaseAccess access, CaseLinks links,
        WorkflowEngine engine, Tasks.TaskViews views, ClaimsPrincipal user, CancellationToken ct)
    {
        var @case = await access.CaseAsync(user, id, ct);
        if (request.Name is not { } name || !Known.Contains(name))
            throw new ApiException(StatusCodes.Status400BadRequest, $"消息“{request.Name}”不是本流程的消息；可用：{string.Join("、", Known)}。");
        // The engine answers NotFound (404) when no process of the case waits for the message at this stage.
        await engine.CorrelateMessageAsync(name, @case.Number, request.Variables?.ToDictionary(kv => kv.Key, kv => (object?)kv.Value), user.ToActor());
        var tasks = new List<HumanTask>();
        foreach (var root in await links.ProcessesAsync(id, ct)) tasks.AddRange(await engine.TreeTasksAsync(root));
        return TypedResults.Ok(await views.VisibleAsync(user, tasks, ct));
    }
}
