using System.Security.Claims;
using System.Text.Json;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>
/// 办结: the one path by which a person completes a task, for POST /api/v1/tasks/{id}/complete and the staff app's
/// task page alike — the per-case check, the refusal of a finished task, the form's domain step (<see cref="TaskFormSteps"/>)
/// for someone the engine will let complete it, then the engine, and what is open afterwards.
/// </summary>
internal sealed class TaskCompletion(WorkflowEngine engine, TaskViews views, TaskFormSteps steps, CaseAccess access)
{
    public async Task<CompletedTask> CompleteAsync(ClaimsPrincipal user, Guid taskId, IReadOnlyDictionary<string, JsonElement>? form,
        CancellationToken cancellationToken)
    {
        var (task, view) = await views.CheckedAsync(user, taskId, cancellationToken);
        if (task.State != HumanTaskState.Open)
            throw new WorkflowException(WorkflowErrorKind.Conflict, $"任务“{task.Name}”已由{task.EndedBy ?? "他人"}办结，不能再办理；请刷新任务列表。");
        // The page runs outside a request: the person is named in case histories through the actor scope.
        using var scope = CaseActorScope.As(user);
        // Only someone the engine will let complete the task records its step: a refusal must leave nothing behind.
        var actor = user.ToActor();
        var mayComplete = task.Assignee is { } assignee ? assignee == actor.UserId : task.IsCandidate(actor);
        if (mayComplete && view.CaseId is { } caseId && form is not null) await steps.RecordAsync(task, caseId, form, cancellationToken);
        var variables = form?.ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        await engine.CompleteAsync(taskId, actor, variables);
        await access.TakeIfUnassignedAsync(user, task, view.CaseId, cancellationToken);
        var done = await engine.TaskAsync(taskId) ?? task;
        var next = await engine.TreeTasksAsync(task.RootInstanceId);
        return new CompletedTask(await views.ViewAsync(done, cancellationToken), await views.VisibleAsync(user, next, cancellationToken));
    }
}
