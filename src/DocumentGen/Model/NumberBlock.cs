namespace Reconsideration.DocumentGen.Model;

/// <summary>The document number (文号) line under the title, e.g. "红府复决〔2026〕12号".</summary>
public sealed record NumberBlock(string Text) : Block;
