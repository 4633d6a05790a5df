namespace Reconsideration.Workflows;

public enum HumanTaskState { Open, Completed, Cancelled, Returned }

/// <summary>A user task waiting for (or done by) a person. Immutable; every change yields a new revision.</summary>
public sealed record HumanTask
{
    public required Guid Id { get; init; }
    public required Guid InstanceId { get; init; }
    public required Guid RootInstanceId { get; init; }
    public required Guid TokenId { get; init; }
    public required string DefinitionId { get; init; }
    public required string ProcessId { get; init; }
    public string? BusinessKey { get; init; }
    public required string ElementId { get; init; }
    public string? Name { get; init; }
    public HumanTaskState State { get; init; }
    public string? Assignee { get; init; }
    /// <summary>Who delegated the task; it returns to them when the delegate resolves it.</summary>
    public string? Owner { get; init; }
    public bool DelegationPending { get; init; }
    public IReadOnlyList<string> CandidateRoles { get; init; } = [];
    public IReadOnlyList<string> CandidateUsers { get; init; } = [];
    public string? FormKey { get; init; }
    public int Priority { get; init; } = 50;
    /// <summary>The instant the task falls due (end of the legal day for calendar periods).</summary>
    public DateTimeOffset? DueAt { get; init; }
    /// <summary>True when the due date reached a year whose holidays are not loaded yet.</summary>
    public bool DueProvisional { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? EndedBy { get; init; }
    public long Revision { get; init; }

    public bool IsCandidate(Actor actor) =>
        CandidateUsers.Contains(actor.UserId) || CandidateRoles.Any(actor.Roles.Contains);
}
