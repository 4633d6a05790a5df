using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// Draws a line's characters in reading order: one string per run of characters in one font, and a new string at
/// each gap that justification widens. Nothing is inserted
/// between characters (no spaces, no kerning arrays), so text extraction gives back exactly the characters.
/// </summary>
internal static class GlyphRunWriter
{
    public static void Draw(ICanvas canvas, ShapedText text, int start, int end, double x, double baseline, double stretch)
    {
        if (stretch < 0.01) stretch = 0; // rounding left over from lines that fill the grid exactly
        int runStart = start;
        double runX = x, position = x;
        for (int k = start; k < end; k++)
        {
            if (k > runStart)
            {
                bool gapStretched = stretch > 0 && text.IsStretchableGap(k);
                if (gapStretched || text.FontIndex[k] != text.FontIndex[runStart])
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

    private static void Flush(ICanvas canvas, ShapedText text, int start, int end, double x, double baseline)
    {
        string s = text.Slice(start, end);
        if (!string.IsNullOrWhiteSpace(s))
            canvas.DrawText(text.Fonts[text.FontIndex[start]], s, x, baseline);
    }
}
