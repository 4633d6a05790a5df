namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>How an element differs between two versions (matched by id).</summary>
public enum ChangeKind { Added, Removed, Changed }
