using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>
/// Human tasks of the workflow engine. The engine decides who may claim or complete (assignee, candidate roles and
/// users); the API adds the per-case check: a task of a case the user may not see is neither listed nor workable.
/// <code>
/// GET  /api/v1/tasks/mine              my open tasks (assigned to me)
/// GET  /api/v1/tasks/claimable         open, unassigned tasks for my roles
/// GET  /api/v1/tasks/{taskId}          one task
/// POST /api/v1/tasks/{taskId}/claim    认领
/// POST /api/v1/tasks/{taskId}/unclaim  放弃认领
/// POST /api/v1/tasks/{taskId}/complete 办结, with form data → the open tasks that follow
/// GET  /api/v1/cases/{id}/tasks        the case's tasks (?all=true: done ones too)
/// </code>
/// </summary>
internal static class TasksEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("待办任务").RequireRoles(ApiPolicies.Staff);
        tasks.MapGet("/mine", MineAsync).WithSummary("我的待办");
        tasks.MapGet("/claimable", ClaimableAsync).WithSummary("我的角色可认领的任务");
        tasks.MapGet("/{taskId:guid}", GetAsync).WithSummary("任务详情");
        tasks.MapPost("/{taskId:guid}/claim", ClaimAsync).WithSummary("认领任务");
        tasks.MapPost("/{taskId:guid}/unclaim", UnclaimAsync).WithSummary("放弃认领");
        tasks.MapPost("/{taskId:guid}/complete", CompleteAsync).WithSummary("办结任务（提交表单数据）");
        api.MapGet("/cases/{id:guid}/tasks", CaseTasksAsync).WithTags("待办任务").RequireRoles(ApiPolicies.Staff).WithSummary("案件的任务");
    }

    private static async Task<Ok<IReadOnlyList<TaskView>>> MineAsync(WorkflowEngine engine, TaskViews views, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await views.VisibleAsync(user, await engine.MyTasksAsync(user.ToActor()), ct));

    private static async Task<Ok<IReadOnlyList<TaskView>>> ClaimableAsync(WorkflowEngine engine, TaskViews views, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await views.VisibleAsync(user, await engine.ClaimableTasksAsync(user.ToActor()), ct));

    private static async Task<Ok<TaskView>> GetAsync(Guid taskId, TaskViews views, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await views.CheckedAsync(user, taskId, ct)).View);

    private static async Task<Ok<TaskView>> ClaimAsync(Guid taskId, WorkflowEngine engine, TaskViews views, ClaimsPrincipal user, CancellationToken ct)
    {
        await views.CheckedAsync(user, taskId, ct);
        return TypedResults.Ok(await views.ViewAsync(await engine.ClaimAsync(taskId, user.ToActor()), ct));
    }

    private static async Task<Ok<TaskView>> UnclaimAsync(Guid taskId, WorkflowEngine engine, TaskViews views, ClaimsPrincipal user, CancellationToken ct)
    {
        await views.CheckedAsync(user, taskId, ct);
        return TypedResults.Ok(await views.ViewAsync(await engine.UnclaimAsync(taskId, user.ToActor()), ct));
    }

    private static async Task<Ok<CompletedTask>> CompleteAsync(Guid taskId, CompleteTaskRequest? request, TaskCompletion completion,
        ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await completion.CompleteAsync(user, taskId, request?.Variables, ct));

    private static async Task<Ok<IReadOnlyList<TaskView>>> CaseTasksAsync(Guid id, bool? all, CaseAccess access, Access.CaseLinks links,
        WorkflowEngine engine, TaskViews views, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.CaseAsync(user, id, ct);
        var tasks = new List<HumanTask>();
        foreach (var root in await links.ProcessesAsync(id, ct)) tasks.AddRange(await engine.TreeTasksAsync(root, openOnly: all != true));
        var result = new List<TaskView>();
        foreach (var task in tasks.OrderBy(t => t.CreatedAt)) result.Add(await views.ViewAsync(task, ct));
        return TypedResults.Ok<IReadOnlyList<TaskView>>(result);
    }
}
