namespace Reconsideration.Workflows.Model;

internal sealed record SequenceFlow
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required string Source { get; init; }
    public required string Target { get; init; }
    /// <summary>A JavaScript condition as written in the file (trimmed; a ${…} wrapper is kept and stripped by the runtime), or null.</summary>
    public string? Condition { get; init; }
}
