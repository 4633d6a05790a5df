using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Storage;

/// <summary>
/// What one command changed, committed atomically. Every updated or removed row is checked against the
/// revision it was loaded with; the root instance's revision always moves, so two commands on one tree
/// never both commit.
/// </summary>
internal sealed class TreeChanges
{
    public RowChanges<InstanceRecord> Instances { get; } = new();
    public RowChanges<HumanTask> Tasks { get; } = new();
    public RowChanges<Job> Jobs { get; } = new();
    public RowChanges<MessageSubscription> Subscriptions { get; } = new();
    public RowChanges<Incident> Incidents { get; } = new();
    public List<JournalEntry> Journal { get; } = [];

    /// <summary>
    /// Roots whose revision moves although the command did not load their tree (a job failure recorded outside a
    /// command): every write to a tree moves its root, which is what lets a cached tree be checked by the root alone.
    /// </summary>
    public List<Guid> TouchedRoots { get; } = [];
}
