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
/// The signed-in person's task lists for the pages, a page at a time: the engine filters, sorts, pages and counts in
/// the database, narrowed to the process trees of the cases the person may see (<see cref="CaseAccess"/>, as
/// /api/v1/tasks), so a task of another handler's case is neither listed nor claimable here either.
/// </summary>
internal sealed class StaffTasks(WorkflowEngine engine, TaskViews views, CaseAccess access, CaseLinks links, CaseQueryService cases,
    DueBadges badges, TimeProvider clock)
{
    /// <summary>One page of the task table.</summary>
    public async Task<TaskResults> PageAsync(ClaimsPrincipal user, TaskTableQuery query, CancellationToken cancellationToken = default)
    {
        var roots = await access.VisibleRootsAsync(user, cancellationToken);
        if (query.Respondent?.Trim() is { Length: > 0 } respondent)
        {
            var theirs = await links.RootsOfCasesAsync(await cases.IdsByRespondentAsync(respondent, cancellationToken), cancellationToken);
            roots = roots is null ? theirs : [.. theirs.Intersect(roots)];
        }

        var page = await engine.TaskPageAsync(new TaskListQuery
        {
            Scope = query.Scope switch
            {
                TaskScope.Mine => TaskListScope.Mine,
                TaskScope.Claimable => TaskListScope.Claimable,
                TaskScope.Done => TaskListScope.CompletedByMe,
                _ => TaskListScope.MineOrClaimable,
            },
            Actor = user.ToActor(),
            RootInstanceIds = roots,
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
        });
        return new TaskResults(await RowsAsync(page.Items, cancellationToken), page.Total);
    }

    /// <summary>认领: null when done, else the reason in Chinese.</summary>
    public Task<string?> ClaimAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default) =>
        TryAsync(user, taskId, () => engine.ClaimAsync(taskId, user.ToActor()), cancellationToken);

    /// <summary>放弃认领: null when done, else the reason in Chinese.</summary>
    public Task<string?> UnclaimAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default) =>
        TryAsync(user, taskId, () => engine.UnclaimAsync(taskId, user.ToActor()), cancellationToken);

    private async Task<string?> TryAsync(ClaimsPrincipal user, Guid taskId, Func<Task<HumanTask>> act, CancellationToken cancellationToken)
    {
        try
        {
            await views.CheckedAsync(user, taskId, cancellationToken);
            await act();
            return null;
        }
        catch (Exception e) when (e is WorkflowException or ApiException or CaseException)
        {
            // Someone else claimed it first, or the case was reassigned: the message says what happened.
            return e.Message;
        }
    }

    /// <summary>The page's lines with their cases, in two reads whatever the page's length.</summary>
    private async Task<List<TaskRow>> RowsAsync(IReadOnlyList<HumanTask> tasks, CancellationToken cancellationToken)
    {
        var caseOf = await links.CasesOfRootsAsync([.. tasks.Select(t => t.RootInstanceId).Distinct()], cancellationToken);
        var summaries = await cases.SummariesAsync([.. caseOf.Values.Distinct()], cancellationToken);
        var now = clock.GetUtcNow();
        return [.. tasks.Select(t =>
        {
            var summary = caseOf.TryGetValue(t.RootInstanceId, out var caseId) ? summaries.GetValueOrDefault(caseId) : null;
            return new TaskRow(t.Id, t.Name ?? t.ElementId, summary?.Id, summary?.Number, summary?.Respondent, t.Assignee,
                string.Join("、", t.CandidateRoles.Select(StaffRoles.ChineseName)), badges.For(t.DueAt, now, t.DueProvisional), t.CreatedAt, t.EndedAt);
        })];
    }
}
