using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Storage;

/// <summary>The narrow interface between the runtime and its storage (in memory, or EF Core on SQLite/PostgreSQL).</summary>
internal interface IWorkflowStore
{
    Task<IReadOnlyList<DeployedDefinition>> DefinitionsAsync(string? processId = null);
    Task<DeployedDefinition?> DefinitionAsync(string id);
    /// <summary>Stores new definitions with their start timers and start subscriptions (and removes the old version's) in one transaction.</summary>
    Task DeployAsync(IReadOnlyList<DeployedDefinition> definitions, TreeChanges startArtifacts);

    /// <param name="mayUseCache">
    /// A command's first attempt may take the tree from the store's cache (<see cref="TreeSnapshot.FromCache"/>); it may be
    /// stale, which the commit's revision checks detect. Queries and retries read the database.
    /// </param>
    Task<TreeSnapshot?> LoadTreeAsync(Guid rootInstanceId, bool mayUseCache = false);
    /// <exception cref="StoreConflictException">a row changed since it was loaded; nothing was written.</exception>
    Task CommitAsync(TreeChanges changes);

    Task<InstanceRecord?> InstanceAsync(Guid id);
    Task<HumanTask?> TaskAsync(Guid id);
    /// <summary>The root of the tree a task belongs to (which never changes), or null when there is no such task.</summary>
    Task<Guid?> TaskRootAsync(Guid taskId);
    Task<IReadOnlyList<HumanTask>> TasksAsync(TaskQuery query);
    Task<TaskPage> TaskPageAsync(TaskListQuery query);
    Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid rootInstanceId);
    /// <summary>
    /// Per element of a definition, grouped by the database: the instances that completed it (journal), and those that
    /// wait there now (open tasks, instance timers, message subscriptions, with the element that waits).
    /// </summary>
    Task<(IReadOnlyList<ElementCount> Passed, IReadOnlyList<ElementCount> Waiting)> ElementCountsAsync(string definitionId);
    Task<IReadOnlyList<Incident>> IncidentsAsync(bool openOnly);
    Task<Incident?> IncidentAsync(Guid id);
    Task<IReadOnlyList<MessageSubscription>> SubscriptionsAsync(string messageName);

    /// <summary>Leases up to <paramref name="max"/> due jobs that nobody holds (or whose lease expired) to <paramref name="owner"/>.</summary>
    Task<IReadOnlyList<Job>> AcquireJobsAsync(string owner, DateTimeOffset now, TimeSpan lease, int max);
    Task<Job?> JobAsync(Guid id);
    Task<IReadOnlyList<Job>> JobsAsync(bool failedOnly);
}
