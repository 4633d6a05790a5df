namespace Reconsideration.Workflows.Persistence;

// The database's rows: plain classes EF Core maps. The runtime never sees them; RowMapping converts.
// Every mutable row carries a Revision, which is its concurrency token.

internal sealed class DefinitionRow
{
    public string Id { get; set; } = "";
    public string ProcessId { get; set; } = "";
    public int Version { get; set; }
    public string? Name { get; set; }
    public string Xml { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTimeOffset DeployedAt { get; set; }
    public string DeployedBy { get; set; } = "";
    public string? Comment { get; set; }
}

internal sealed class InstanceRow
{
    public Guid Id { get; set; }
    public Guid RootId { get; set; }
    public Guid? ParentId { get; set; }
    public Guid? ParentTokenId { get; set; }
    public string DefinitionId { get; set; } = "";
    public string ProcessId { get; set; } = "";
    public string? BusinessKey { get; set; }
    public InstanceState State { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>The instance's variables as one JSON object.</summary>
    public string Variables { get; set; } = "{}";
    /// <summary>The instance's tokens as a JSON array: read and written only with the instance.</summary>
    public string Tokens { get; set; } = "[]";
    public long Revision { get; set; }
}

internal sealed class TaskRow
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid RootInstanceId { get; set; }
    public Guid TokenId { get; set; }
    public string DefinitionId { get; set; } = "";
    public string ProcessId { get; set; } = "";
    public string? BusinessKey { get; set; }
    public string ElementId { get; set; } = "";
    public string? Name { get; set; }
    public HumanTaskState State { get; set; }
    public string? Assignee { get; set; }
    public string? Owner { get; set; }
    public bool DelegationPending { get; set; }
    public string CandidateRoles { get; set; } = "";
    public string CandidateUsers { get; set; } = "";
    public string? FormKey { get; set; }
    public int Priority { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public bool DueProvisional { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndedBy { get; set; }
    public long Revision { get; set; }
}

/// <summary>
/// One candidate of a task ("role:reviewer", "user:zhang"), for the "tasks for my roles" query. Written with the task
/// and never changed; no foreign key, since tasks are never deleted and the check would cost a lookup per insert.
/// </summary>
internal sealed class TaskCandidateRow
{
    public Guid TaskId { get; set; }
    public string Candidate { get; set; } = "";
}

internal sealed class JobRow
{
    public Guid Id { get; set; }
    public Runtime.State.JobKind Kind { get; set; }
    public Guid? RootInstanceId { get; set; }
    public Guid? InstanceId { get; set; }
    public Guid? TokenId { get; set; }
    public string DefinitionId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public int FiredCount { get; set; }
    public int Retries { get; set; }
    public string? LockOwner { get; set; }
    public DateTimeOffset? LockExpiresAt { get; set; }
    public string? LastError { get; set; }
    public bool Failed { get; set; }
    public long Revision { get; set; }
}

internal sealed class SubscriptionRow
{
    public Guid Id { get; set; }
    public string MessageName { get; set; } = "";
    public string? CorrelationKey { get; set; }
    public Guid? RootInstanceId { get; set; }
    public Guid? InstanceId { get; set; }
    public Guid? TokenId { get; set; }
    public string DefinitionId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class IncidentRow
{
    public Guid Id { get; set; }
    public Guid RootInstanceId { get; set; }
    public Guid InstanceId { get; set; }
    public Guid? TokenId { get; set; }
    public Guid? JobId { get; set; }
    public string ElementId { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public long Revision { get; set; }
}

/// <summary>
/// The journal entries one commit wrote for one tree, as one row (<see cref="JournalRows"/>): the columns hold what
/// the entries share, <see cref="Entries"/> the rest as a JSON array. The row is keyed by its tree and the revision
/// the commit gave the tree's root (every commit moves it by one), so a tree's rows are one range of the table's key
/// and no second index is written; a commit cannot write its journal twice.
/// </summary>
internal sealed class JournalRow
{
    public Guid RootInstanceId { get; set; }
    /// <summary>The root's revision after the commit that wrote the row (0 for entries kept from before the packing).</summary>
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Entries { get; set; } = "[]";
}
