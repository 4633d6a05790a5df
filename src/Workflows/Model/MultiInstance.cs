namespace Reconsideration.Workflows.Model;

/// <summary>BPMN multiInstanceLoopCharacteristics: a count or a collection, run in parallel or in sequence.</summary>
internal sealed record MultiInstance
{
    public bool IsSequential { get; init; }
    /// <summary>Expression for the number of instances (loopCardinality).</summary>
    public string? LoopCardinality { get; init; }
    /// <summary>Expression giving an array; one instance per element (rc:collection).</summary>
    public string? Collection { get; init; }
    /// <summary>Local variable holding the element of the collection (rc:elementVariable).</summary>
    public string? ElementVariable { get; init; }
    /// <summary>Expression evaluated after each instance; true ends the loop early.</summary>
    public string? CompletionCondition { get; init; }
}
