using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Storage;

/// <summary>The store in memory, with the same revision checks as the database: for simulations, tests and benchmarks.</summary>
internal sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock _lock = new();
    private readonly List<DeployedDefinition> _definitions = [];
    private readonly Dictionary<Guid, InstanceRecord> _instances = [];
    private readonly Dictionary<Guid, HumanTask> _tasks = [];
    private readonly Dictionary<Guid, Job> _jobs = [];
    private readonly Dictionary<Guid, MessageSubscription> _subscriptions = [];
    private readonly Dictionary<Guid, Incident> _incidents = [];
    private readonly List<JournalEntry> _journal = [];

    private Task<T> Read<T>(Func<T> read)
    {
        lock (_lock) return Task.FromResult(read());
    }

    public Task<IReadOnlyList<DeployedDefinition>> DefinitionsAsync(string? processId = null) =>
        Read<IReadOnlyList<DeployedDefinition>>(() => _definitions.Where(d => processId is null || d.ProcessId == processId).ToArray());

    public Task<DeployedDefinition?> DefinitionAsync(string id) => Read(() => _definitions.FirstOrDefault(d => d.Id == id));

    public Task DeployAsync(IReadOnlyList<DeployedDefinition> definitions, TreeChanges startArtifacts)
    {
        lock (_lock)
        {
            if (definitions.Any(d => _definitions.Any(e => e.Id == d.Id)))
                throw new StoreConflictException("A definition version was deployed concurrently.");
            var replaced = definitions.Select(d => d.ProcessId).ToHashSet();
            foreach (var job in _jobs.Values.Where(j => j.InstanceId is null && replaced.Contains(ProcessOf(j.DefinitionId))).ToArray())
                _jobs.Remove(job.Id);
            foreach (var sub in _subscriptions.Values.Where(s => s.InstanceId is null && replaced.Contains(ProcessOf(s.DefinitionId))).ToArray())
                _subscriptions.Remove(sub.Id);
            _definitions.AddRange(definitions);
            Apply(startArtifacts);
        }
        return Task.CompletedTask;
    }

    internal static string ProcessOf(string definitionId) => definitionId[..definitionId.LastIndexOf(':')];

    public Task<TreeSnapshot?> LoadTreeAsync(Guid rootInstanceId, bool mayUseCache = false) => Read(() =>
        _instances.ContainsKey(rootInstanceId)
            ? new TreeSnapshot(
                _instances.Values.Where(i => i.RootId == rootInstanceId).ToArray(),
                _tasks.Values.Where(t => t.RootInstanceId == rootInstanceId && t.State == HumanTaskState.Open).ToArray(),
                _jobs.Values.Where(j => j.RootInstanceId == rootInstanceId).ToArray(),
                _subscriptions.Values.Where(s => s.RootInstanceId == rootInstanceId).ToArray(),
                _incidents.Values.Where(i => i.RootInstanceId == rootInstanceId && i.ResolvedAt is null).ToArray())
            : null);

    public Task CommitAsync(TreeChanges changes)
    {
        lock (_lock)
        {
            Check(changes.Instances, _instances, i => i.Id, i => i.Revision);
            Check(changes.Tasks, _tasks, t => t.Id, t => t.Revision);
            Check(changes.Jobs, _jobs, j => j.Id, j => j.Revision);
            Check(changes.Incidents, _incidents, i => i.Id, i => i.Revision);
            foreach (var sub in changes.Subscriptions.Removed)
                if (!_subscriptions.ContainsKey(sub.Id)) throw new StoreConflictException($"Subscription {sub.Id} is gone.");
            foreach (var root in changes.TouchedRoots)
                if (!_instances.ContainsKey(root)) throw new StoreConflictException($"Instance {root} is gone.");
            Apply(changes);
            foreach (var root in changes.TouchedRoots) _instances[root] = _instances[root] with { Revision = _instances[root].Revision + 1 };
        }
        return Task.CompletedTask;
    }

    private static void Check<T>(RowChanges<T> changes, Dictionary<Guid, T> rows, Func<T, Guid> id, Func<T, long> revision)
    {
        foreach (var row in changes.Added)
            if (rows.ContainsKey(id(row))) throw new StoreConflictException($"Row {id(row)} exists already.");
        foreach (var row in changes.Updated)
            if (!rows.TryGetValue(id(row), out var stored) || revision(stored) != revision(row) - 1)
                throw new StoreConflictException($"Row {id(row)} changed since it was loaded.");
        foreach (var row in changes.Removed)
            if (!rows.TryGetValue(id(row), out var stored) || revision(stored) != revision(row))
                throw new StoreConflictException($"Row {id(row)} changed since it was loaded.");
    }

    private void Apply(TreeChanges changes)
    {
        Apply(changes.Instances, _instances, i => i.Id);
        Apply(changes.Tasks, _tasks, t => t.Id);
        Apply(changes.Jobs, _jobs, j => j.Id);
        Apply(changes.Subscriptions, _subscriptions, s => s.Id);
        Apply(changes.Incidents, _incidents, i => i.Id);
        foreach (var entry in changes.Journal) _journal.Add(entry with { Sequence = _journal.Count + 1 });
    }

    private static void Apply<T>(RowChanges<T> changes, Dictionary<Guid, T> rows, Func<T, Guid> id)
    {
        foreach (var row in changes.Added.Concat(changes.Updated)) rows[id(row)] = row;
        foreach (var row in changes.Removed) rows.Remove(id(row));
    }

    public Task<InstanceRecord?> InstanceAsync(Guid id) => Read(() => _instances.GetValueOrDefault(id));

    public Task<HumanTask?> TaskAsync(Guid id) => Read(() => _tasks.GetValueOrDefault(id));

    public Task<Guid?> TaskRootAsync(Guid taskId) => Read(() => _tasks.TryGetValue(taskId, out var task) ? task.RootInstanceId : (Guid?)null);

    public Task<IReadOnlyList<HumanTask>> TasksAsync(TaskQuery query) => Read<IReadOnlyList<HumanTask>>(() =>
        _tasks.Values
            .Where(t => !query.OpenOnly || t.State == HumanTaskState.Open)
            .Where(t => query.Assignee is null || t.Assignee == query.Assignee)
            .Where(t => query.Claimable is not { } c || (t.Assignee is null && (t.CandidateUsers.Contains(c.UserId) || t.CandidateRoles.Any(c.Roles.Contains))))
            .Where(t => query.InstanceId is null || t.InstanceId == query.InstanceId)
            .Where(t => query.RootInstanceId is null || t.RootInstanceId == query.RootInstanceId)
            .Where(t => query.ElementId is null || t.ElementId == query.ElementId)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Take(query.Take)
            .ToArray());

    public Task<TaskPage> TaskPageAsync(TaskListQuery query) => Read(() =>
    {
        var me = query.Actor.UserId;
        bool Claimable(HumanTask t) => t.Assignee is null && t.IsCandidate(query.Actor);
        var text = query.Text?.Trim();
        var matching = _tasks.Values.Where(t => query.Scope switch
            {
                TaskListScope.Mine => t.State == HumanTaskState.Open && t.Assignee == me,
                TaskListScope.Claimable => t.State == HumanTaskState.Open && Claimable(t),
                TaskListScope.MineOrClaimable => t.State == HumanTaskState.Open && (t.Assignee == me || Claimable(t)),
                _ => t.State is HumanTaskState.Completed or HumanTaskState.Returned && t.EndedBy == me,
            })
            .Where(t => query.RootInstanceIds is null || query.RootInstanceIds.Contains(t.RootInstanceId))
            .Where(t => string.IsNullOrEmpty(text) || (t.Name?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
                                                   || (t.BusinessKey?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false))
            .ToList();
        // Ordinal text order, as the database compares text.
        IOrderedEnumerable<HumanTask> Order<TKey>(Func<HumanTask, TKey> key, IComparer<TKey>? comparer = null) =>
            query.Descending ? matching.OrderByDescending(key, comparer) : matching.OrderBy(key, comparer);
        var ordered = query.Sort switch
        {
            TaskListSort.Due => matching.OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt is { } d ? (query.Descending ? -d.UtcTicks : d.UtcTicks) : 0),
            TaskListSort.BusinessKey => query.Descending
                ? matching.OrderByDescending(t => t.BusinessKey?.Length ?? 0).ThenByDescending(t => t.BusinessKey, StringComparer.Ordinal)
                : matching.OrderBy(t => t.BusinessKey?.Length ?? 0).ThenBy(t => t.BusinessKey, StringComparer.Ordinal),
            TaskListSort.Name => Order(t => t.Name ?? "", StringComparer.Ordinal),
            TaskListSort.Ended => Order(t => t.EndedAt),
            _ => Order(t => t.CreatedAt),
        };
        return new TaskPage([.. ordered.ThenBy(t => t.CreatedAt).ThenBy(t => t.Id).Skip(query.Skip).Take(query.Take)], matching.Count);
    });

    /// <summary>Root instances in the order they started: the simulator reports the first one a message or timer started.</summary>
    internal IReadOnlyList<Guid> RootInstancesInStartOrder()
    {
        lock (_lock)
        {
            return _journal.Where(e => e.Kind == JournalKind.InstanceStarted && e.InstanceId == e.RootInstanceId)
                .Select(e => e.InstanceId).ToArray();
        }
    }

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid rootInstanceId) =>
        Read<IReadOnlyList<JournalEntry>>(() => _journal.Where(e => e.RootInstanceId == rootInstanceId).ToArray());

    public Task<(IReadOnlyList<ElementCount> Passed, IReadOnlyList<ElementCount> Waiting)> ElementCountsAsync(string definitionId) => Read(() =>
    {
        var instances = _instances.Values.Where(i => i.DefinitionId == definitionId).Select(i => i.Id).ToHashSet();
        var passed = _journal.Where(e => e.Kind == JournalKind.ElementCompleted && e.ElementId is not null && instances.Contains(e.InstanceId))
            .Select(e => (e.ElementId!, e.InstanceId));
        var waiting = _tasks.Values.Where(t => t.DefinitionId == definitionId && t.State == HumanTaskState.Open).Select(t => (t.ElementId, t.InstanceId))
            .Concat(_jobs.Values.Where(j => j.DefinitionId == definitionId && j.Kind == JobKind.Timer && j.InstanceId is not null)
                .Select(j => (j.ElementId, j.InstanceId!.Value)))
            .Concat(_subscriptions.Values.Where(s => s.DefinitionId == definitionId && s.InstanceId is not null)
                .Select(s => (s.ElementId, s.InstanceId!.Value)));
        return ((IReadOnlyList<ElementCount>)Count(passed), (IReadOnlyList<ElementCount>)Count(waiting));
    });

    private static ElementCount[] Count(IEnumerable<(string ElementId, Guid InstanceId)> pairs) =>
        [.. pairs.Distinct().GroupBy(p => p.ElementId).Select(g => new ElementCount(g.Key, g.Count()))];

    public Task<IReadOnlyList<Incident>> IncidentsAsync(bool openOnly) =>
        Read<IReadOnlyList<Incident>>(() => _incidents.Values.Where(i => !openOnly || i.ResolvedAt is null).OrderBy(i => i.CreatedAt).ToArray());

    public Task<Incident?> IncidentAsync(Guid id) => Read(() => _incidents.GetValueOrDefault(id));

    public Task<IReadOnlyList<MessageSubscription>> SubscriptionsAsync(string messageName) =>
        Read<IReadOnlyList<MessageSubscription>>(() => _subscriptions.Values.Where(s => s.MessageName == messageName).ToArray());

    public Task<IReadOnlyList<Job>> AcquireJobsAsync(string owner, DateTimeOffset now, TimeSpan lease, int max)
    {
        lock (_lock)
        {
            var due = _jobs.Values
                .Where(j => !j.Failed && j.DueAt <= now && (j.LockOwner is null || j.LockExpiresAt < now))
                .OrderBy(j => j.DueAt).Take(max)
                .Select(j => j with { LockOwner = owner, LockExpiresAt = now + lease, Revision = j.Revision + 1 })
                .ToArray();
            foreach (var job in due) _jobs[job.Id] = job;
            return Task.FromResult<IReadOnlyList<Job>>(due);
        }
    }

    public Task<Job?> JobAsync(Guid id) => Read(() => _jobs.GetValueOrDefault(id));

    public Task<IReadOnlyList<Job>> JobsAsync(bool failedOnly) =>
        Read<IReadOnlyList<Job>>(() => _jobs.Values.Where(j => !failedOnly || j.Failed).OrderBy(j => j.DueAt).ToArray());
}
