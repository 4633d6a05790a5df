using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Storage;
using Reconsideration.Workflows.Runtime.Execution;

namespace Reconsideration.Workflows;

/// <summary>Human-task commands: claim, unclaim, delegate, resolve, complete, return (退回).</summary>
public sealed partial class WorkflowEngine
{
    public Task<HumanTask> ClaimAsync(Guid taskId, Actor actor) => OnTaskAsync(taskId, actor, (x, task) =>
    {
        if (task.Assignee == actor.UserId) return task;
        if (task.Assignee is not null)
            throw new WorkflowException(WorkflowErrorKind.Conflict, $"任务“{TaskLabel(task)}”已由{task.Assignee}认领，不能再认领。");
        if (!actor.IsSystem && !task.IsCandidate(actor))
            throw Forbidden(task, "认领");
        x.Record(JournalKind.TaskClaimed, task.InstanceId, task.ElementId, $"认领人：{actor.UserId}");
        return x.Tasks[task.Id] = task with { Assignee = actor.UserId };
    });

    public Task<HumanTask> UnclaimAsync(Guid taskId, Actor actor) => OnTaskAsync(taskId, actor, (x, task) =>
    {
        RequireAssignee(task, actor, "放弃认领");
        if (task.DelegationPending)
            throw new WorkflowException(WorkflowErrorKind.Conflict, $"任务“{TaskLabel(task)}”正在委派中，请先办结交回后再放弃认领。");
        x.Record(JournalKind.TaskUnclaimed, task.InstanceId, task.ElementId);
        return x.Tasks[task.Id] = task with { Assignee = null };
    });

    /// <summary>Hands the task to another user, who resolves it back to the caller when done.</summary>
    public Task<HumanTask> DelegateAsync(Guid taskId, Actor actor, string toUser) => OnTaskAsync(taskId, actor, (x, task) =>
    {
        RequireAssignee(task, actor, "委派");
        if (string.IsNullOrWhiteSpace(toUser) || toUser == actor.UserId)
            throw new WorkflowException(WorkflowErrorKind.Invalid, "请指定另一位办理人作为被委派人。");
        x.Record(JournalKind.TaskDelegated, task.InstanceId, task.ElementId, $"委派给：{toUser}");
        return x.Tasks[task.Id] = task with { Owner = task.Assignee, Assignee = toUser, DelegationPending = true };
    });

    /// <summary>The delegate hands the task back to its owner, with the variables it produced.</summary>
    public Task<HumanTask> ResolveAsync(Guid taskId, Actor actor, IReadOnlyDictionary<string, object?>? variables = null) =>
        OnTaskAsync(taskId, actor, (x, task) =>
        {
            RequireAssignee(task, actor, "交回");
            if (!task.DelegationPending)
                throw new WorkflowException(WorkflowErrorKind.Conflict, $"任务“{TaskLabel(task)}”不在委派中，无需交回。");
            x.SetVariables(x.Tokens[task.TokenId], task.InstanceId, Runtime.State.Variables.From(variables));
            x.Record(JournalKind.TaskResolved, task.InstanceId, task.ElementId, $"交回：{task.Owner}");
            return x.Tasks[task.Id] = task with { Assignee = task.Owner, DelegationPending = false };
        });

    /// <summary>
    /// Completes the task with the given variables and advances the instance. The caller must be the assignee,
    /// or a candidate of an unassigned task (which is then claimed and completed in one step). Returns the
    /// completed task and the tree's open tasks afterwards, so the caller needs no query to find the next one.
    /// </summary>
    public Task<TaskOutcome> CompleteAsync(Guid taskId, Actor actor, IReadOnlyDictionary<string, object?>? variables = null) =>
        EndTaskAsync(taskId, actor, (x, task) =>
        {
            RequireMayWork(task, actor, "办理");
            if (task.DelegationPending)
                throw new WorkflowException(WorkflowErrorKind.Conflict, $"任务“{TaskLabel(task)}”正在委派中，请由被委派人交回后再办结。");
            x.CompleteTask(task, Runtime.State.Variables.From(variables));
            return task;
        });

    /// <summary>退回: sends the case back to an earlier user task of the same scope that was already done once.</summary>
    /// <returns>The returned task and the tree's open tasks afterwards (among them the task it was returned to).</returns>
    public async Task<TaskOutcome> ReturnAsync(Guid taskId, Actor actor, string targetElementId, string reason)
    {
        var instanceId = (await _store.TaskAsync(taskId))?.InstanceId;
        var doneBefore = (await _store.TasksAsync(new Storage.TaskQuery { InstanceId = instanceId, ElementId = targetElementId, OpenOnly = false }))
            .Any(t => t.State == HumanTaskState.Completed);
        return await EndTaskAsync(taskId, actor, (x, task) =>
        {
            RequireMayWork(task, actor, "退回");
            if (string.IsNullOrWhiteSpace(reason))
                throw new WorkflowException(WorkflowErrorKind.Invalid, "请填写退回理由。");
            var token = x.Tokens[task.TokenId];
            var model = x.Model(token);
            if (!model.Nodes.TryGetValue(targetElementId, out var node) || node is not UserTask target
                || target.ScopeId != model.Node(task.ElementId).ScopeId)
                throw new WorkflowException(WorkflowErrorKind.Invalid, $"“{targetElementId}”不是本环节所在流程中的用户任务，不能退回到该处。");
            if (!doneBefore)
                throw new WorkflowException(WorkflowErrorKind.Invalid, $"“{target.Label}”尚未办理过，只能退回到已经办理过的环节。");
            if (x.TokensIn(token.InstanceId, token.ScopeTokenId).Any(t => t.Id != token.Id))
                throw new WorkflowException(WorkflowErrorKind.Conflict, "并行办理中的环节不能退回：请待其他并行环节办结后再退回。");
            x.ReturnTask(task, target, reason);
            return task;
        });
    }

    /// <summary>
    /// The user tasks <see cref="ReturnAsync"/> would accept for this task: of the same scope, done before in the same
    /// instance, other than the task itself; the latest done first. Empty for a task that is not open. Whether parallel
    /// branches stand in the way is known only when returning.
    /// </summary>
    public async Task<IReadOnlyList<ReturnTarget>> ReturnTargetsAsync(Guid taskId)
    {
        var task = await _store.TaskAsync(taskId);
        if (task is not { State: HumanTaskState.Open }) return [];
        var model = _context.Definitions.Process(task.DefinitionId, task.ProcessId);
        var scope = model.Node(task.ElementId).ScopeId;
        var done = await _store.TasksAsync(new Storage.TaskQuery { InstanceId = task.InstanceId, OpenOnly = false });
        return [.. done.Where(t => t.State == HumanTaskState.Completed && t.ElementId != task.ElementId)
            .OrderByDescending(t => t.EndedAt)
            .DistinctBy(t => t.ElementId)
            .Select(t => model.Nodes.GetValueOrDefault(t.ElementId))
            .OfType<UserTask>()
            .Where(u => u.ScopeId == scope)
            .Select(u => new ReturnTarget(u.Id, u.Name ?? u.Id, ReachedThroughPeople(model, u.Id, task.ElementId)))];
    }

    /// <summary>Whether <paramref name="to"/> follows <paramref name="from"/> through user tasks and gateways only.</summary>
    private static bool ReachedThroughPeople(ProcessModel model, string from, string to)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var id))
        {
            foreach (var next in model.Node(id).Outgoing.Select(f => model.Flow(f).Target))
            {
                if (next == to) return true;
                if (model.Node(next) is UserTask or Gateway && seen.Add(next)) pending.Push(next);
            }
        }

        return false;
    }

    /// <summary>A command that ends the task: reports it as ended and the tree's open tasks from what was committed.</summary>
    private async Task<TaskOutcome> EndTaskAsync(Guid taskId, Actor actor, Func<Execution, HumanTask, HumanTask> command)
    {
        var (_, after, changes) = await OnTaskCommittedAsync(taskId, actor, command);
        // The task as committed, with the revision the diff gave it.
        var ended = changes.Tasks.Updated.First(t => t.Id == taskId);
        return new TaskOutcome(ended, after.OpenTasks.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToArray());
    }

    private async Task<T> OnTaskAsync<T>(Guid taskId, Actor actor, Func<Execution, HumanTask, T> command) =>
        (await OnTaskCommittedAsync(taskId, actor, command)).Result;

    private async Task<(T Result, TreeSnapshot After, TreeChanges Changes)> OnTaskCommittedAsync<T>(Guid taskId, Actor actor,
        Func<Execution, HumanTask, T> command)
    {
        var rootId = await _store.TaskRootAsync(taskId)
                     ?? throw new WorkflowException(WorkflowErrorKind.NotFound, $"任务 {taskId} 不存在。");
        try
        {
            return await RunCommittedAsync(rootId, actor, x =>
                x.Tasks.TryGetValue(taskId, out var task) && task.State == HumanTaskState.Open
                    ? command(x, task)
                    : throw new TaskNotOpenException());
        }
        catch (TaskNotOpenException)
        {
            var done = await _store.TaskAsync(taskId) ?? throw new WorkflowException(WorkflowErrorKind.NotFound, $"任务 {taskId} 不存在。");
            throw new WorkflowException(WorkflowErrorKind.Conflict, done.State switch
            {
                HumanTaskState.Completed => $"任务“{TaskLabel(done)}”已由{done.EndedBy}办结，不能再办理。请刷新待办列表。",
                HumanTaskState.Returned => $"任务“{TaskLabel(done)}”已被{done.EndedBy}退回，不能再办理。请刷新待办列表。",
                _ => $"任务“{TaskLabel(done)}”已撤销（流程已转到其他环节），不能再办理。请刷新待办列表。",
            });
        }
    }

    private sealed class TaskNotOpenException : Exception;

    private static void RequireAssignee(HumanTask task, Actor actor, string what)
    {
        if (!actor.IsSystem && task.Assignee != actor.UserId)
            throw new WorkflowException(WorkflowErrorKind.Forbidden,
                $"只有任务“{TaskLabel(task)}”的办理人{task.Assignee ?? "（尚未认领）"}可以{what}。");
    }

    private static void RequireMayWork(HumanTask task, Actor actor, string what)
    {
        if (actor.IsSystem || task.Assignee == actor.UserId) return;
        if (task.Assignee is null && task.IsCandidate(actor)) return;
        if (task.Assignee is not null)
            throw new WorkflowException(WorkflowErrorKind.Forbidden, $"任务“{TaskLabel(task)}”已由{task.Assignee}认领，您不能{what}。");
        throw Forbidden(task, what);
    }

    private static WorkflowException Forbidden(HumanTask task, string what) =>
        new(WorkflowErrorKind.Forbidden, $"您不是任务“{TaskLabel(task)}”的候选办理人，不能{what}。");

    private static string TaskLabel(HumanTask task) => task.Name ?? task.ElementId;
}
