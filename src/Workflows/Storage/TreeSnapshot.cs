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
}
