namespace Reconsideration.DocumentGen.Model;

/// <summary>The document title (and the organ's name above it), 22 pt centred in the title font; one entry per line.</summary>
public sealed record TitleBlock(IReadOnlyList<string> Lines) : Block;
