namespace Reconsideration.Workflows;

public enum WorkflowErrorKind
{
    /// <summary>The thing asked for does not exist.</summary>
    NotFound,
    /// <summary>The caller may not do this (not assignee, not a candidate).</summary>
    Forbidden,
    /// <summary>Someone else changed it first, or it is no longer in a state that allows this.</summary>
    Conflict,
    /// <summary>The request itself is wrong (bad variables, unknown target, invalid definition).</summary>
    Invalid,
}

/// <summary>The one exception type the engine throws at callers, with a Chinese message that says what to do.</summary>
public class WorkflowException(WorkflowErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public WorkflowErrorKind Kind { get; } = kind;
}
