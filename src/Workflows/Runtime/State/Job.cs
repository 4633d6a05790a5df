namespace Reconsideration.Workflows.Runtime.State;

internal enum JobKind
{
    /// <summary>A timer of a catch, boundary or event-gateway event, or of a timer start event (no instance).</summary>
    Timer,
    /// <summary>Executes a failed service task again after a back-off.</summary>
    Retry,
}

/// <summary>A unit of deferred work, acquired by an executor as a lease (owner and expiry).</summary>
internal sealed record Job(
    Guid Id,
    JobKind Kind,
    Guid? RootInstanceId,
    Guid? InstanceId,
    Guid? TokenId,
    string DefinitionId,
    string ElementId,
    DateTimeOffset DueAt,
    int FiredCount,
    int Retries,
    string? LockOwner,
    DateTimeOffset? LockExpiresAt,
    string? LastError,
    bool Failed,
    long Revision);
