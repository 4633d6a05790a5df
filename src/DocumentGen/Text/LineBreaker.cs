namespace Reconsideration.DocumentGen.Text;

/// <summary>
/// Greedy line breaking over a <see cref="ShapedText"/>. A line takes as many characters as fit and then ends at
/// the last allowed break. Because no break is allowed before a closing mark, after an opening mark or inside
/// "——"/"……", a closing mark that would start a line pulls the character before it down to the next line
/// (推出 rather than hanging or compressing punctuation): lines stay inside the text block and on the grid, at the
/// cost of one slightly wider-spaced justified line. Spaces at a line's end may overhang and are not drawn.
/// A run that has no break and is wider than a line (a long URL) is cut where the line is full.
/// </summary>
internal static class LineBreaker
{
    private const double Tolerance = 0.01;

    public static List<TextLine> Break(ShapedText text, double firstLineWidth, double width)
    {
        var lines = new List<TextLine>();
        var advances = text.Advances;
        var codePoints = text.CodePoints;
        int n = text.Length, start = 0;
        while (start < n)
        {
            double max = lines.Count == 0 ? firstLineWidth : width;
            double used = 0;
            int i = start, lastBreak = -1;
            while (i < n)
            {
                if (i > start && text.BreakBefore[i]) lastBreak = i;
                if (used + advances[i] > max + Tolerance && !CharClasses.IsSpace(codePoints[i])) break;
                used += advances[i];
                i++;
            }
            int end = i == n ? n : lastBreak > start ? lastBreak : EmergencyBreak(codePoints, start, i);
            lines.Add(MakeLine(text, start, end));
            start = end;
        }
        return lines;
    }

    /// <summary>Where to cut a run without a break that is wider than the line: where it is full, moved back so the
    /// next line does not start with a closing mark nor this one end with an opening mark.</summary>
    private static int EmergencyBreak(int[] codePoints, int start, int full)
    {
        int end = Math.Max(full, start + 1);
        while (end - 1 > start && end < codePoints.Length &&
               (CharClasses.IsCloser(codePoints[end]) || CharClasses.IsOpener(codePoints[end - 1])))
            end--;
        return end;
    }

    private static TextLine MakeLine(ShapedText text, int start, int end)
    {
        int contentEnd = end;
        while (contentEnd > start && CharClasses.IsSpace(text.CodePoints[contentEnd - 1])) contentEnd--;
        double width = 0;
        for (int i = start; i < contentEnd; i++) width += text.Advances[i];
        return new TextLine(start, contentEnd, end, width);
    }
}
