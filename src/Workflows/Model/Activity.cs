namespace Reconsideration.Workflows.Model;

/// <summary>A task, sub-process or call activity: may carry boundary events and multi-instance characteristics.</summary>
internal abstract record Activity : FlowNode
{
    public MultiInstance? MultiInstance { get; init; }
    /// <summary>Ids of the boundary events attached to this activity.</summary>
    public IReadOnlyList<string> BoundaryEvents { get; init; } = [];
}
