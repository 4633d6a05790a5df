namespace Reconsideration.Workflows;

public enum JournalKind
{
    InstanceStarted, InstanceCompleted, InstanceTerminated,
    ElementEntered, ElementCompleted, ElementCancelled, MultiInstanceCompleted,
    TaskCreated, TaskClaimed, TaskUnclaimed, TaskDelegated, TaskResolved, TaskCompleted, TaskReturned, TaskCancelled,
    VariableSet, MessageCorrelated, TimerFired, JobFailed, IncidentRaised, IncidentResolved,
}

/// <summary>One append-only record of the legal audit trail: what happened, when, by whom.</summary>
/// <param name="Sequence">Order of recording within its tree (increasing, with gaps between commands); 0 until stored.</param>
/// <param name="Detail">Kind-specific detail in Chinese or JSON (a variable's value, a reason, an error).</param>
public sealed record JournalEntry(
    long Sequence,
    Guid InstanceId,
    Guid RootInstanceId,
    DateTimeOffset At,
    string Actor,
    JournalKind Kind,
    string? ElementId,
    string? Detail);
