namespace Reconsideration.DocumentGen.Model;

/// <summary>Starts a new page.</summary>
public sealed record PageBreakBlock : Block;
