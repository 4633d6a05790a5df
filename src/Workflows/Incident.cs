namespace Reconsideration.Workflows;

/// <summary>A step that failed and waits for an operator: what failed, where, and why.</summary>
public sealed record Incident(
    Guid Id,
    Guid RootInstanceId,
    Guid InstanceId,
    Guid? TokenId,
    Guid? JobId,
    string ElementId,
    string Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt,
    long Revision);
