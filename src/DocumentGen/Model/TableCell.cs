namespace Reconsideration.DocumentGen.Model;

/// <summary>A table cell: its text runs, how many columns and rows it spans, and its alignment.</summary>
public sealed record TableCell(
    IReadOnlyList<TextRun> Runs,
    int ColumnSpan = 1,
    int RowSpan = 1,
    ParagraphAlignment Alignment = ParagraphAlignment.Left);
