using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Storage;

/// <summary>Everything live of one instance tree (a root instance and its called children), as loaded.</summary>
internal sealed record TreeSnapshot(
    IReadOnlyList<InstanceRecord> Instances,
    IReadOnlyList<HumanTask> OpenTasks,
    IReadOnlyList<Job> Jobs,
    IReadOnlyList<MessageSubscription> Subscriptions,
    IReadOnlyList<Incident> OpenIncidents)
{
    public static readonly TreeSnapshot Empty = new([], [], [], [], []);

    /// <summary>True when the store answered from its cache: the rows may be stale, which the commit's revision checks detect.</summary>
    public bool FromCache { get; init; }

    /// <summary>
    /// The tree as a load would return it after <paramref name="changes"/> committed on top of this snapshot:
    /// the rows the changes carry already hold their new revisions. Rows of other trees (start timers) are ignored.
    /// </summary>
    public TreeSnapshot After(TreeChanges changes, Guid rootId) => new(
        Apply(Instances, changes.Instances, i => i.Id, i => i.RootId == rootId),
        Apply(OpenTasks, changes.Tasks, t => t.Id, t => t.RootInstanceId == rootId && t.State == HumanTaskState.Open),
        Apply(Jobs, changes.Jobs, j => j.Id, j => j.RootInstanceId == rootId),
        Apply(Subscriptions, changes.Subscriptions, s => s.Id, s => s.RootInstanceId == rootId),
        Apply(OpenIncidents, changes.Incidents, i => i.Id, i => i.RootInstanceId == rootId && i.ResolvedAt is null));

    /// <summary>The root instance's revision: every command on the tree moves it, so it versions the whole snapshot.</summary>
    public long RootRevision(Guid rootId) => Instances.FirstOrDefault(i => i.Id == rootId)?.Revision ?? 0;

    private static T[] Apply<T>(IReadOnlyList<T> rows, RowChanges<T> changes, Func<T, Guid> id, Func<T, bool> live)
    {
        if (changes.IsEmpty) return rows as T[] ?? [.. rows];
        // Keeps the loaded order and appends new rows, as the database's index order would.
        var result = new List<T>(rows.Count + changes.Added.Count);
        var replaced = new Dictionary<Guid, T>();
        foreach (var row in changes.Updated) replaced[id(row)] = row;
        foreach (var row in changes.Removed) replaced.TryAdd(id(row), default!);
        foreach (var row in rows)
        {
            if (!replaced.Remove(id(row), out var now)) result.Add(row);
            else if (now is not null && live(now)) result.Add(now);
        }
        foreach (var row in changes.Added)
            if (live(row)) result.Add(row);
        return [.. result];
    }
}
