using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows;

/// <summary>Read-only queries: tasks, instances, the journal.</summary>
public sealed partial class WorkflowEngine
{
    public Task<HumanTask?> TaskAsync(Guid taskId) => _store.TaskAsync(taskId);

    /// <summary>"My tasks": open tasks assigned to the user.</summary>
    public Task<IReadOnlyList<HumanTask>> MyTasksAsync(Actor actor) => _store.TasksAsync(new TaskQuery { Assignee = actor.UserId });

    /// <summary>"Tasks for my roles": open, unassigned tasks the user may claim.</summary>
    public Task<IReadOnlyList<HumanTask>> ClaimableTasksAsync(Actor actor) =>
        _store.TasksAsync(new TaskQuery { Claimable = (actor.UserId, actor.Roles) });

    /// <summary>One page of a task list (inbox, claimable, 已办) with the number of matching tasks.</summary>
    public Task<TaskPage> TaskPageAsync(TaskListQuery query) => _store.TaskPageAsync(query);

    /// <summary>
    /// The names of the messages an instance tree waits for now (message catch events, message boundary events), so
    /// a user interface offers only the events that would be received.
    /// </summary>
    public async Task<IReadOnlyList<string>> AwaitedMessagesAsync(Guid rootInstanceId)
    {
        var tree = await _store.LoadTreeAsync(rootInstanceId);
        return tree is null ? [] : [.. tree.Subscriptions.Select(s => s.MessageName).Distinct()];
    }

    /// <summary>The tasks of one instance (open ones only, or its whole task history).</summary>
    public Task<IReadOnlyList<HumanTask>> InstanceTasksAsync(Guid instanceId, bool openOnly = true) =>
        _store.TasksAsync(new TaskQuery { InstanceId = instanceId, OpenOnly = openOnly });

    /// <summary>The tasks of an instance and everything it called.</summary>
    public Task<IReadOnlyList<HumanTask>> TreeTasksAsync(Guid rootInstanceId, bool openOnly = true) =>
        _store.TasksAsync(new TaskQuery { RootInstanceId = rootInstanceId, OpenOnly = openOnly });

    public async Task<ProcessInstanceInfo?> InstanceAsync(Guid instanceId)
    {
        var record = await _store.InstanceAsync(instanceId);
        if (record is null) return null;
        // The tree's open incidents come with its snapshot; no scan of every incident in the system.
        var tree = await _store.LoadTreeAsync(record.RootId);
        return Info(record, tree?.OpenIncidents.Any(i => i.InstanceId == instanceId) ?? false);
    }

    /// <summary>The journal of an instance tree in the order it was written: the case history and audit trail.</summary>
    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId)
    {
        var record = await _store.InstanceAsync(instanceId)
                     ?? throw new WorkflowException(WorkflowErrorKind.NotFound, $"流程实例 {instanceId} 不存在。");
        return await _store.JournalAsync(record.RootId);
    }

    /// <summary>
    /// Per element of a deployed definition: how many of its instances passed it and how many wait there now, counted by
    /// the database (grouped by element), not by loading the instances. Elements no instance reached are left out.
    /// </summary>
    public async Task<IReadOnlyList<ElementStatistics>> ElementStatisticsAsync(string definitionId)
    {
        var definition = _context.Definitions.Definition(definitionId);
        var model = _context.Definitions.Process(definitionId, definition.ProcessId);
        var (passed, waiting) = await _store.ElementCountsAsync(definitionId);
        var waits = waiting
            .Where(w => !(model.Nodes.GetValueOrDefault(w.ElementId) is Model.Event { Kind: Model.EventKind.Boundary }))
            .GroupBy(w => w.ElementId)
            .ToDictionary(g => g.Key, g => g.Sum(w => w.Instances));
        var passes = passed.ToDictionary(p => p.ElementId, p => p.Instances);
        return [.. passes.Keys.Union(waits.Keys).Order(StringComparer.Ordinal)
            .Select(id => new ElementStatistics(id, passes.GetValueOrDefault(id), waits.GetValueOrDefault(id)))];
    }

    /// <summary>Whether the latest version of the process has a none start event (else only a message or timer starts it).</summary>
    internal bool HasNoneStart(string processId) =>
        _context.Definitions.LatestWithProcess(processId) is { } definitionId
        && _context.Definitions.Process(definitionId, processId).NoneStart(processId) is not null;

    public Task<IReadOnlyList<DeployedDefinition>> DefinitionsAsync(string? processId = null) => _store.DefinitionsAsync(processId);

    private static ProcessInstanceInfo Info(InstanceRecord record, bool hasIncident) => new(
        record.Id, record.RootId, record.ParentId, record.DefinitionId, record.ProcessId, record.BusinessKey, record.State,
        record.StartedAt, record.EndedAt, record.Variables,
        record.Tokens.Where(t => t.State is TokenState.Waiting or TokenState.Failed or TokenState.Joining)
            .Select(t => t.ElementId).Distinct().ToArray(),
        hasIncident);
}
