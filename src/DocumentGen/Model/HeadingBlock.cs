namespace Reconsideration.DocumentGen.Model;

/// <summary>
/// A heading of level 1 ("一、", 黑体), 2 ("（一）", 楷体), 3 ("1.", body bold) or 4 ("（1）", body); indented two
/// characters like a paragraph and kept with the paragraph that follows.
/// </summary>
public sealed record HeadingBlock(int Level, string Text) : Block;
