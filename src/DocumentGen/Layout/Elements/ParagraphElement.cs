using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// Lines of text at a fixed line height. Lines are broken once per width and shared with the remainders, which
/// continue at a later line (without the first-line indent, which belongs to line 0).
/// </summary>
internal sealed class ParagraphElement : Element
{
    private const double Epsilon = 0.01;
    private readonly ShapedText _text;
    private readonly ParagraphStyle _style;
    private readonly LineCache _cache;
    private readonly int _firstLine;

    public ParagraphElement(ShapedText text, ParagraphStyle style) : this(text, style, new LineCache(), 0)
    {
    }

    private ParagraphElement(ShapedText text, ParagraphStyle style, LineCache cache, int firstLine)
    {
        _text = text;
        _style = style;
        _cache = cache;
        _firstLine = firstLine;
    }

    public override bool KeepWithNext => _style.KeepWithNext;

    public override Fit Measure(Space space)
    {
        var lines = Lines(space.Width);
        int remaining = Math.Max(lines.Count - _firstLine, 1);
        double lineHeight = _style.LineHeight, before = SpaceBefore(space);
        int fitting = (int)Math.Floor((space.Height - before + Epsilon) / lineHeight);
        if (fitting >= remaining)
        {
            // Space after is cut short at the page end rather than pushing the paragraph's last line over.
            double after = Math.Min(_style.SpaceAfter, Math.Max(space.Height - before - remaining * lineHeight, 0));
            return Fit.Full(before + remaining * lineHeight + after);
        }
        if (_style.KeepTogether && !space.AtPageTop)
            return Fit.None($"段落“{Preview()}”须整段排在同一页，本页剩余高度不够");
        if (fitting == 0)
            return Fit.None($"段落“{Preview()}”的一行（行高 {lineHeight:F1} 磅）放不进剩余的 {space.Height:F1} 磅");
        return Fit.Partial(before + fitting * lineHeight, new ParagraphElement(_text, _style, _cache, _firstLine + fitting));
    }

    /// <summary>Space before belongs to the first line and is dropped at the top of a page.</summary>
    private double SpaceBefore(Space space) => _firstLine == 0 && !space.AtPageTop ? _style.SpaceBefore : 0;

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
        var lines = Lines(space.Width);
        double before = SpaceBefore(space);
        int fitting = (int)Math.Floor((space.Height - before + Epsilon) / _style.LineHeight);
        int last = Math.Min(lines.Count, _firstLine + Math.Max(fitting, 1));
        double size = _style.FontSize;
        for (int i = _firstLine; i < last; i++)
        {
            double top = y + before + (i - _firstLine) * _style.LineHeight;
            // The em box (ideographic, 0.88 above the baseline) is centred in the line.
            double baseline = top + (_style.LineHeight - size) / 2 + 0.88 * size;
            DrawLine(canvas, lines[i], i, lines.Count, x, baseline, space.Width);
        }
    }

    private void DrawLine(ICanvas canvas, TextLine line, int index, int count, double x, double baseline, double width)
    {
        double indent = index == 0 ? _style.FirstLineIndent : 0;
        double available = width - indent;
        double start = x + indent, stretch = 0;
        switch (_style.Alignment)
        {
            case ParagraphAlignment.Center: start = x + indent + (available - line.Width) / 2; break;
            case ParagraphAlignment.Right: start = x + width - line.Width; break;
            case ParagraphAlignment.Justify when index < count - 1:
                int gaps = 0;
                for (int k = line.Start + 1; k < line.ContentEnd; k++)
                    if (_text.IsStretchableGap(k)) gaps++;
                if (gaps > 0 && available > line.Width) stretch = (available - line.Width) / gaps;
                break;
        }
        GlyphRunWriter.Draw(canvas, _text, line.Start, line.ContentEnd, start, baseline, stretch);
    }

    private List<TextLine> Lines(double width)
    {
        var cached = _cache.Lines;
        if (cached != null && Math.Abs(_cache.Width - width) < Epsilon) return cached;
        var lines = LineBreaker.Break(_text, width - _style.FirstLineIndent, width);
        if (lines.Count == 0) lines.Add(new TextLine(0, 0, 0, 0)); // an empty paragraph still takes a line
        _cache.Width = width;
        _cache.Lines = lines;
        return lines;
    }

    private string Preview() => _text.Text.Length <= 12 ? _text.Text : _text.Text[..12] + "…";

    private sealed class LineCache
    {
        public double Width;
        public List<TextLine>? Lines;
    }
}
