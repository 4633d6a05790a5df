using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// Draws a line's characters in reading order. Characters that sit at their font's natural advance are drawn as one
/// string; a letter-spaced or justified character starts a new string at its own position. Nothing is inserted
/// between characters (no spaces, no kerning arrays), so text extraction gives back exactly the characters.
/// </summary>
internal static class GlyphRunWriter
{
    public static void Draw(ICanvas canvas, ShapedText text, int start, int end, double x, double baseline, double stretch)
    {
        int runStart = start;
        double runX = x, position = x;
        for (int k = start; k < end; k++)
        {
            if (k > runStart)
            {
                bool gapStretched = stretch > 0 && text.IsStretchableGap(k);
                bool spaced = !IsNatural(text, k - 1);
                if (gapStretched || spaced || text.FontIndex[k] != text.FontIndex[runStart])
                {
                    Flush(canvas, text, runStart, k, runX, baseline);
                    if (gapStretched) position += stretch;
                    runStart = k;
                    runX = position;
                }
            }
            position += text.Advances[k];
        }
        if (end > runStart) Flush(canvas, text, runStart, end, runX, baseline);
    }

    private static bool IsNatural(ShapedText text, int index)
    {
        var font = text.Fonts[text.FontIndex[index]];
        double natural = font.Choice.Face.Advance(text.CodePoints[index]) * font.Size;
        return Math.Abs(natural - text.Advances[index]) < 1e-6;
    }

    private static void Flush(ICanvas canvas, ShapedText text, int start, int end, double x, double baseline)
    {
        string s = text.Slice(start, end);
        if (!string.IsNullOrWhiteSpace(s))
            canvas.DrawText(text.Fonts[text.FontIndex[start]], s, x, baseline);
    }
}
