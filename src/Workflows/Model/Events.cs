namespace Reconsideration.Workflows.Model;

internal enum EventKind { Start, End, IntermediateCatch, Boundary }

/// <summary>An event; what it waits for or does is its definition (none when null).</summary>
internal sealed record Event : FlowNode
{
    public required EventKind Kind { get; init; }
    public EventDefinition? Definition { get; init; }
    /// <summary>Boundary events: the activity they are attached to.</summary>
    public string? AttachedTo { get; init; }
    /// <summary>Boundary events: whether firing cancels the activity (cancelActivity, default true).</summary>
    public bool CancelActivity { get; init; } = true;
}

internal abstract record EventDefinition;

internal sealed record TimerDefinition(Timers.TimerKind Kind, string Value) : EventDefinition;

internal sealed record MessageDefinition(string MessageName, string? CorrelationKey) : EventDefinition;

/// <summary>An error thrown (end event) or caught (boundary); a null code catches every error.</summary>
internal sealed record ErrorDefinition(string? ErrorCode) : EventDefinition;

internal sealed record TerminateDefinition : EventDefinition;
