using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// How a paragraph's lines are placed: alignment, first-line indent, fixed line height and the space before and after
/// it, all in points. On the GB/T 9704 grid spacing should be whole lines, or the text after leaves the grid.
/// </summary>
internal sealed record ParagraphStyle(
    ParagraphAlignment Alignment,
    double FirstLineIndent,
    double LineHeight,
    double FontSize,
    bool KeepTogether = false,
    bool KeepWithNext = false,
    double SpaceBefore = 0,
    double SpaceAfter = 0);
