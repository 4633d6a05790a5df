using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>Attaches each task to its case and keeps from a user the tasks of cases they may not see.</summary>
internal sealed class TaskViews(CaseWorkflows workflows, CaseQueryService cases, CaseAccess access, WorkflowEngine engine)
{
    /// <summary>A few tasks (those open after a step) as views, without those of cases the user may not see.</summary>
    public async Task<IReadOnlyList<TaskView>> VisibleAsync(ClaimsPrincipal user, IEnumerable<HumanTask> tasks, CancellationToken cancellationToken)
    {
        var views = new List<TaskView>();
        foreach (var task in tasks) views.Add(await ViewAsync(task, cancellationToken));
        var filter = await access.FilterAsync(user, views.Select(v => v.CaseId).OfType<Guid>(), cancellationToken);
        return [.. views.Where(v => v.CaseId is not { } caseId || filter(caseId))];
    }

    /// <summary>The task, if it exists and the user may see its case (404 / 403 otherwise).</summary>
    public async Task<(HumanTask Task, TaskView View)> CheckedAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await engine.TaskAsync(taskId) ?? throw ApiException.NotFound("任务不存在，可能已被办结或撤销，请刷新任务列表。");
        var view = await ViewAsync(task, cancellationToken);
        if (view.CaseId is { } caseId) await access.CaseAsync(user, caseId, cancellationToken);
        return (task, view);
    }

    public async Task<TaskView> ViewAsync(HumanTask task, CancellationToken cancellationToken)
    {
        var caseId = await workflows.CaseOfAsync(task, n => cases.FindByNumberAsync(n, cancellationToken), cancellationToken);
        var number = caseId is null ? null : task.BusinessKey;
        if (caseId is { } id && number is null) number = (await cases.GetAsync(id, cancellationToken)).Number;
        return View(task, caseId, number);
    }

    public static TaskView View(HumanTask task, Guid? caseId, string? caseNumber) =>
        new(task.Id, task.Name, task.ElementId, task.ProcessId, task.InstanceId, caseId, caseNumber, task.State, task.Assignee,
            task.CandidateRoles, [.. task.CandidateRoles.Select(StaffRoles.ChineseName)], task.CandidateUsers, task.FormKey, task.Priority,
            task.DueAt, task.DueProvisional, task.CreatedAt, task.EndedAt, task.EndedBy);
}
