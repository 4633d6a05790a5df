using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Api.Tasks;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// The signed-in person's task lists for the pages, a page at a time through the API's <see cref="TaskLists"/>, and
/// claiming through the API's <see cref="TaskActions"/>: a task of another handler's case is neither listed nor
/// claimable here either.
/// </summary>
internal sealed class StaffTasks(WorkflowEngine engine, TaskActions actions, TaskLists lists, CaseLinks links, CaseQueryService cases,
    DueBadges badges, TimeProvider clock)
{
    /// <summary>One page of the task table.</summary>
    public async Task<TaskResults> PageAsync(ClaimsPrincipal user, TaskTableQuery query, CancellationToken cancellationToken = default)
    {
        var page = await lists.PageAsync(user, new TaskListQuery
        {
            Scope = query.Scope switch
            {
                TaskScope.Mine => TaskListScope.Mine,
                TaskScope.Claimable => TaskListScope.Claimable,
                TaskScope.Done => TaskListScope.CompletedByMe,
                _ => TaskListScope.MineOrClaimable,
            },
            Actor = user.ToActor(),
            Text = query.Filter,
            Sort = query.SortBy switch
            {
                TaskSort.CaseNumber => TaskListSort.BusinessKey,
                TaskSort.TaskName => TaskListSort.Name,
                _ when query.Scope == TaskScope.Done => TaskListSort.Ended,
                _ => TaskListSort.Due,
            },
            Descending = query.Descending,
            Skip = (Math.Max(1, query.Page) - 1) * query.PageSize,
            Take = query.PageSize,
        }, query.Respondent, cancellationToken);
        var now = clock.GetUtcNow();
        return new TaskResults([.. page.Lines.Select(line => Row(line.Task, line.Case, now))], page.Total);
    }

    /// <summary>The case's open tasks, whoever has them (the workspace's 待办), oldest first; the caller checks the case's access.</summary>
    public async Task<IReadOnlyList<TaskRow>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var summary = (await cases.SummariesAsync([caseId], cancellationToken)).GetValueOrDefault(caseId);
        var tasks = new List<HumanTask>();
        foreach (var root in await links.ProcessesAsync(caseId, cancellationToken)) tasks.AddRange(await engine.TreeTasksAsync(root));
        var now = clock.GetUtcNow();
        return [.. tasks.OrderBy(t => t.CreatedAt).Select(t => Row(t, summary, now))];
    }

    /// <summary>认领 (a handler taking a case's task becomes its 承办人 if it has none): null when done, else the reason in Chinese.</summary>
    public Task<string?> ClaimAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default) =>
        StaffAction.TryAsync(() => actions.ClaimAsync(user, taskId, cancellationToken));

    /// <summary>放弃认领: null when done, else the reason in Chinese.</summary>
    public Task<string?> UnclaimAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default) =>
        StaffAction.TryAsync(() => actions.UnclaimAsync(user, taskId, cancellationToken));

    private TaskRow Row(HumanTask t, CaseSummary? @case, DateTimeOffset now) =>
        new(t.Id, t.Name ?? t.ElementId, @case?.Id, @case?.Number, @case?.Respondent, t.Assignee,
            string.Join("、", t.CandidateRoles.Select(StaffRoles.ChineseName)), badges.For(t.DueAt, now, t.DueProvisional), t.CreatedAt, t.EndedAt);
}
