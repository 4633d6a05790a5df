namespace Reconsideration.DocumentGen.Model;

/// <summary>Empty lines of the body grid.</summary>
public sealed record SpacerBlock(int Lines) : Block;
