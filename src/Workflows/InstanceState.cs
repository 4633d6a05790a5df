namespace Reconsideration.Workflows;

public enum InstanceState
{
    Active,
    Completed,
    /// <summary>Ended by a terminate end event of the process itself, or cancelled by an operator.</summary>
    Terminated,
}
