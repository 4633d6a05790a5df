using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Host.Features.Api.Access;
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
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/workflow/messages", SendAsync).WithTags("案件").RequireRoles(ApiPolicies.Steps).WithSummary("向案件流程发送消息");

    private static async Task<Ok<IReadOnlyList<Tasks.TaskView>>> SendAsync(Guid id, CaseMessageRequest request, CaseMessages messages, CaseLinks links,
        WorkflowEngine engine, Tasks.TaskViews views, ClaimsPrincipal user, CancellationToken ct)
    {
        // The engine answers NotFound (404) when no process of the case waits for the message at this stage.
        await messages.SendAsync(user, id, request.Name, request.Variables?.ToDictionary(kv => kv.Key, kv => (object?)kv.Value), ct);
        var tasks = new List<HumanTask>();
        foreach (var root in await links.ProcessesAsync(id, ct)) tasks.AddRange(await engine.TreeTasksAsync(root));
        return TypedResults.Ok(await views.VisibleAsync(user, tasks, ct));
    }
}
