namespace Reconsideration.Workflows.Model;

/// <summary>A node of a process graph: an event, activity or gateway. Immutable once parsed.</summary>
internal abstract record FlowNode
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    /// <summary>The id of the enclosing process or sub-process.</summary>
    public required string ScopeId { get; init; }
    public IReadOnlyList<string> Incoming { get; init; } = [];
    public IReadOnlyList<string> Outgoing { get; init; } = [];

    /// <summary>A human label for messages: the name if present, else the id.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name}（{Id}）";
}
