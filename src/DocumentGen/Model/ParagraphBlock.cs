namespace Reconsideration.DocumentGen.Model;

/// <summary>
/// A paragraph of runs. Body paragraphs are justified with a two-character first-line indent; a party line
/// ("申请人：…") or a salutation ("张三：") has no indent.
/// </summary>
public sealed record ParagraphBlock(
    IReadOnlyList<TextRun> Runs,
    ParagraphAlignment Alignment = ParagraphAlignment.Justify,
    int FirstLineIndentChars = 2,
    bool KeepWithNext = false,
    bool KeepTogether = false) : Block;
