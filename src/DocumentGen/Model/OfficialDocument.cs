namespace Reconsideration.DocumentGen.Model;

/// <summary>
/// One official document as content, before layout: the blocks in reading order and the PDF metadata.
/// Templates produce it; the layout engine turns it into pages in the GB/T 9704 style.
/// </summary>
public sealed record OfficialDocument(DocumentMetadata Metadata, IReadOnlyList<Block> Blocks);
