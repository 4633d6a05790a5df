using Reconsideration.DocumentGen.Fonts;

namespace Reconsideration.DocumentGen.Text;

/// <summary>
/// A paragraph's characters ready for line breaking and drawing: one entry per code point with its advance in
/// points (horizontal scale included), the font that draws it and whether a line may break before it.
/// </summary>
internal sealed class ShapedText
{
    public ShapedText(string text, int[] codePoints, int[] sourceIndex, double[] advances, short[] fontIndex, IReadOnlyList<TextFont> fonts)
    {
        Text = text;
        CodePoints = codePoints;
        SourceIndex = sourceIndex;
        Advances = advances;
        FontIndex = fontIndex;
        Fonts = fonts;
        BreakBefore = new bool[codePoints.Length];
        for (int i = 1; i < codePoints.Length; i++)
            BreakBefore[i] = CharClasses.CanBreakBetween(codePoints[i - 1], codePoints[i]);
    }

    /// <summary>All runs' text concatenated; <see cref="SourceIndex"/> maps a code point to its UTF-16 offset here.</summary>
    public string Text { get; }
    public int[] CodePoints { get; }
    public int[] SourceIndex { get; }
    public double[] Advances { get; }
    public short[] FontIndex { get; }
    public IReadOnlyList<TextFont> Fonts { get; }
    public bool[] BreakBefore { get; }
    public int Length => CodePoints.Length;

    /// <summary>The UTF-16 text of code points [start, end).</summary>
    public string Slice(int start, int end)
    {
        int from = SourceIndex[start];
        int to = end < Length ? SourceIndex[end] : Text.Length;
        return Text.Substring(from, to - from);
    }

    /// <summary>Whether justification may widen the gap before code point <paramref name="index"/>: not inside a Latin word or number.</summary>
    public bool IsStretchableGap(int index) =>
        BreakBefore[index]
        || CharClasses.IsIdeographic(CodePoints[index - 1])
        || CharClasses.IsIdeographic(CodePoints[index]);
}

/// <summary>
/// A face at a size as used by a run of text, drawn horizontally scaled by <paramref name="Scale"/> (1 = as designed).
/// </summary>
internal readonly record struct TextFont(FontChoice Choice, double Size, double Scale = 1);
