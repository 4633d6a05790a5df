namespace Reconsideration.Workflows.Runtime.State;

/// <summary>A token waiting for a named message (or, with no instance, a message start event of a definition).</summary>
internal sealed record MessageSubscription(
    Guid Id,
    string MessageName,
    string? CorrelationKey,
    Guid? RootInstanceId,
    Guid? InstanceId,
    Guid? TokenId,
    string DefinitionId,
    string ElementId,
    DateTimeOffset CreatedAt);
