using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Layout;

/// <summary>How a paragraph's lines are placed: alignment, first-line indent and fixed line height in points.</summary>
internal sealed record ParagraphStyle(
    ParagraphAlignment Alignment,
    double FirstLineIndent,
    double LineHeight,
    double FontSize,
    bool KeepTogether = false,
    bool KeepWithNext = false);
