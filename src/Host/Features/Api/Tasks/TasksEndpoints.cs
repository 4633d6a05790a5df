using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using ValidationProblem = Reconsideration.Host.Features.Cases.Domain.ValidationProblem;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>
/// Human tasks of the workflow engine. The engine decides who may claim or complete (assignee, candidate roles and
/// users); the API adds the per-case check: a task of a case the user may not see is neither listed nor workable.
/// <code>
/// GET  /api/v1/tasks?scope=&amp;q=&amp;respondent=&amp;sort=&amp;desc=&amp;page=&amp;pageSize=   a page of my list, counted
/// GET  /api/v1/tasks/mine?page=&amp;pageSize=        my open tasks (assigned to me), a page as a plain list
/// GET  /api/v1/tasks/claimable?page=&amp;pageSize=   open, unassigned tasks for my roles, a page as a plain list
/// GET  /api/v1/tasks/{taskId}          one task
/// POST /api/v1/tasks/{taskId}/claim    认领
/// POST /api/v1/tasks/{taskId}/unclaim  放弃认领
/// POST /api/v1/tasks/{taskId}/complete 办结, with form data → the open tasks that follow
/// GET  /api/v1/tasks/{taskId}/return-targets   the earlier tasks it may be returned to
/// POST /api/v1/tasks/{taskId}/return   退回 { target, reason } → the open tasks that follow
/// GET  /api/v1/tasks/{taskId}/delegates        the colleagues it may be delegated to
/// POST /api/v1/tasks/{taskId}/delegate 委派 { to }
/// POST /api/v1/tasks/{taskId}/resolve  交回 (by the delegate) { variables }
/// GET  /api/v1/cases/{id}/tasks        the case's tasks (?all=true: done ones too)
/// </code>
/// </summary>
internal static class TasksEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("待办任务").RequireRoles(ApiPolicies.Staff);
        tasks.MapGet("", PageAsync).WithSummary("任务列表（分页）：我的待办、可认领、已办");
        tasks.MapGet("/mine", MineAsync).WithSummary("我的待办");
        tasks.MapGet("/claimable", ClaimableAsync).WithSummary("我的角色可认领的任务");
        tasks.MapGet("/{taskId:guid}", GetAsync).WithSummary("任务详情");
        tasks.MapPost("/{taskId:guid}/claim", ClaimAsync).WithSummary("认领任务");
        tasks.MapPost("/{taskId:guid}/unclaim", UnclaimAsync).WithSummary("放弃认领");
        tasks.MapPost("/{taskId:guid}/complete", CompleteAsync).WithSummary("办结任务（提交表单数据）");
        tasks.MapGet("/{taskId:guid}/return-targets", ReturnTargetsAsync).WithSummary("可退回的环节");
        tasks.MapPost("/{taskId:guid}/return", ReturnAsync).WithSummary("退回任务（须填写退回意见）");
        tasks.MapGet("/{taskId:guid}/delegates", DelegatesAsync).WithSummary("可委派的同事");
        tasks.MapPost("/{taskId:guid}/delegate", DelegateAsync).WithSummary("委派任务");
        tasks.MapPost("/{taskId:guid}/resolve", ResolveAsync).WithSummary("交回委派的任务");
        api.MapGet("/cases/{id:guid}/tasks", CaseTasksAsync).WithTags("待办任务").RequireRoles(ApiPolicies.Staff).WithSummary("案件的任务");
    }

    /// <param name="scope">mine, claimable, inbox (both; the default) or done (已办).</param>
    /// <param name="q">Part of the task's name or the case number.</param>
    /// <param name="respondent">Part of the respondent's name.</param>
    /// <param name="sort">due (the default; tasks without a due date last), case, name, created or ended.</param>
    private static async Task<Ok<TaskViewPage>> PageAsync(TaskLists lists, ClaimsPrincipal user, string? scope, string? q, string? respondent,
        string? sort, bool? desc, int? page, int? pageSize, CancellationToken ct)
    {
        var problems = new List<ValidationProblem>();
        TaskListScope? listScope = scope switch
        {
            null or "inbox" => TaskListScope.MineOrClaimable, "mine" => TaskListScope.Mine, "claimable" => TaskListScope.Claimable,
            "done" => TaskListScope.CompletedByMe, _ => null,
        };
        TaskListSort? listSort = sort switch
        {
            null or "due" => TaskListSort.Due, "case" => TaskListSort.BusinessKey, "name" => TaskListSort.Name, "created" => TaskListSort.Created,
            "ended" => TaskListSort.Ended, _ => null,
        };
        if (listScope is null) problems.Add(new("scope", "范围须为 inbox（我的和可认领的）、mine、claimable 或 done（已办）。"));
        if (listSort is null) problems.Add(new("sort", "排序须为 due、case、name、created 或 ended。"));
        var (number, size) = Paging(page, pageSize, 20, 100, problems);
        CaseException.ThrowIfAny(problems);
        var found = await lists.PageAsync(user, new TaskListQuery
        {
            Scope = listScope!.Value, Actor = user.ToActor(), Text = q, Sort = listSort!.Value, Descending = desc == true,
            Skip = (number - 1) * size, Take = size,
        }, respondent, ct);
        return TypedResults.Ok(new TaskViewPage(Views(found), found.Total, number, size, Math.Max(1, (found.Total + size - 1) / size)));
    }

    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Tasks per page, 1–1000 (default 1000). The response header X-Total-Count gives how many there are.</param>
    private static Task<Ok<IReadOnlyList<TaskView>>> MineAsync(TaskLists lists, ClaimsPrincipal user, HttpResponse response, int? page, int? pageSize,
        CancellationToken ct) => ListAsync(lists, user, response, TaskListScope.Mine, page, pageSize, ct);

    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Tasks per page, 1–1000 (default 1000). The response header X-Total-Count gives how many there are.</param>
    private static Task<Ok<IReadOnlyList<TaskView>>> ClaimableAsync(TaskLists lists, ClaimsPrincipal user, HttpResponse response, int? page, int? pageSize,
        CancellationToken ct) => ListAsync(lists, user, response, TaskListScope.Claimable, page, pageSize, ct);

    /// <summary>
    /// The two lists that predate the paged one keep their shape (a plain array, soonest due first); a page of it is read
    /// like GET /tasks, in one counted query and two reads for the cases. The default page holds what the list's old cap held.
    /// </summary>
    private static async Task<Ok<IReadOnlyList<TaskView>>> ListAsync(TaskLists lists, ClaimsPrincipal user, HttpResponse response, TaskListScope scope,
        int? page, int? pageSize, CancellationToken ct)
    {
        var problems = new List<ValidationProblem>();
        var (number, size) = Paging(page, pageSize, 1000, 1000, problems);
        CaseException.ThrowIfAny(problems);
        var found = await lists.PageAsync(user, new TaskListQuery
        {
            Scope = scope, Actor = user.ToActor(), Sort = TaskListSort.Due, Skip = (number - 1) * size, Take = size,
        }, null, ct);
        response.Headers["X-Total-Count"] = found.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(Views(found));
    }

    private static (int Number, int Size) Paging(int? page, int? pageSize, int defaultSize, int maxSize, List<ValidationProblem> problems)
    {
        var (number, size) = (page ?? 1, pageSize ?? defaultSize);
        if (number < 1) problems.Add(new("page", "页码须从1开始。"));
        if (size < 1 || size > maxSize) problems.Add(new("pageSize", $"每页条数须在1至{maxSize}之间。"));
        return (number, size);
    }

    private static IReadOnlyList<TaskView> Views(TaskListPage found) => [.. found.Lines.Select(l => TaskViews.View(l.Task, l.Case?.Id, l.Case?.Number))];

    private static async Task<Ok<TaskView>> GetAsync(Guid taskId, TaskViews views, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await views.CheckedAsync(user, taskId, ct)).View);

    private static async Task<Ok<TaskView>> ClaimAsync(Guid taskId, TaskActions actions, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await actions.ClaimAsync(user, taskId, ct));

    private static async Task<Ok<TaskView>> UnclaimAsync(Guid taskId, TaskActions actions, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await actions.UnclaimAsync(user, taskId, ct));

    private static async Task<Ok<IReadOnlyList<ReturnTarget>>> ReturnTargetsAsync(Guid taskId, TaskActions actions, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await actions.ReturnTargetsAsync(user, taskId, ct));

    private static async Task<Ok<CompletedTask>> ReturnAsync(Guid taskId, ReturnTaskRequest? request, TaskActions actions, ClaimsPrincipal user,
        CancellationToken ct) =>
        TypedResults.Ok(await actions.ReturnAsync(user, taskId, request?.Target, request?.Reason, ct));

    private static async Task<Ok<IReadOnlyList<Colleague>>> DelegatesAsync(Guid taskId, TaskActions actions, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await actions.DelegatesAsync(user, taskId, ct));

    private static async Task<Ok<TaskView>> DelegateAsync(Guid taskId, DelegateTaskRequest? request, TaskActions actions, ClaimsPrincipal user,
        CancellationToken ct) =>
        TypedResults.Ok(await actions.DelegateAsync(user, taskId, request?.To, ct));

    private static async Task<Ok<TaskView>> ResolveAsync(Guid taskId, CompleteTaskRequest? request, TaskActions actions, ClaimsPrincipal user,
        CancellationToken ct) =>
        TypedResults.Ok(await actions.ResolveAsync(user, taskId, request?.Variables, ct));

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
