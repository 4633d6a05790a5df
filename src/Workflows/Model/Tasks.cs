namespace Reconsideration.Workflows.Model;

/// <summary>A human task: candidates, assignee, form, due period and priority.</summary>
internal sealed record UserTask : Activity
{
    public IReadOnlyList<string> CandidateRoles { get; init; } = [];
    public IReadOnlyList<string> CandidateUsers { get; init; } = [];
    /// <summary>Expression or literal user id for the assignee.</summary>
    public string? Assignee { get; init; }
    public string? FormKey { get; init; }
    /// <summary>Due period (P5WD, P10CD, PT4H …), an ISO date, or a ${…} expression.</summary>
    public string? DueDate { get; init; }
    /// <summary>Priority expression or number; 50 when absent.</summary>
    public string? Priority { get; init; }
}

/// <summary>A task executed by a registered handler (rc:handler) with literal parameters.</summary>
internal sealed record ServiceTask : Activity
{
    public required string Handler { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    /// <summary>Whether this is a bpmn:sendTask (same execution, kept for the journal).</summary>
    public bool IsSend { get; init; }
}

/// <summary>Waits for a message (bpmn:receiveTask).</summary>
internal sealed record ReceiveTask : Activity
{
    public required string MessageName { get; init; }
    public string? CorrelationKey { get; init; }
}

/// <summary>An embedded sub-process: a scope holding its own nodes.</summary>
internal sealed record SubProcess : Activity
{
    public required IReadOnlyList<string> Children { get; init; }
}

/// <summary>Starts another process (by id, latest version) and waits for it to end.</summary>
internal sealed record CallActivity : Activity
{
    public required string CalledElement { get; init; }
}
