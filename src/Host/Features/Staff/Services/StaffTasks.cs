using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Api.Tasks;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// The signed-in person's tasks for the pages: the same engine queries and per-case check as /api/v1/tasks
/// (<see cref="TaskViews"/>), so a task of another handler's case is neither listed nor claimable here either.
/// </summary>
internal sealed class StaffTasks(WorkflowEngine engine, TaskViews views, CaseLinks links, DueBadges badges, TimeProvider clock)
{
    /// <summary>Open tasks assigned to the user.</summary>
    public async Task<IReadOnlyList<TaskRow>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Rows(await views.VisibleAsync(user, await engine.MyTasksAsync(user.ToActor()), cancellationToken));

    /// <summary>Open, unclaimed tasks for the user's roles.</summary>
    public async Task<IReadOnlyList<TaskRow>> ClaimableAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Rows(await views.VisibleAsync(user, await engine.ClaimableTasksAsync(user.ToActor()), cancellationToken));

    /// <summary>The open tasks of one case's processes, oldest first (the case's access is checked by the caller).</summary>
    public async Task<IReadOnlyList<TaskRow>> ForCaseAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var tasks = new List<HumanTask>();
        foreach (var root in await links.ProcessesAsync(caseId, cancellationToken)) tasks.AddRange(await engine.TreeTasksAsync(root));
        return Rows(await views.VisibleAsync(user, tasks.OrderBy(t => t.CreatedAt), cancellationToken));
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

    private List<TaskRow> Rows(IEnumerable<TaskView> tasks)
    {
        var now = clock.GetUtcNow();
        return [.. tasks.Select(t => new TaskRow(t.Id, t.Name ?? t.ElementId, t.CaseId, t.CaseNumber, t.Assignee,
            string.Join("、", t.CandidateRoleNames), badges.For(t.DueAt, now, t.DueProvisional), t.CreatedAt))];
    }
}
