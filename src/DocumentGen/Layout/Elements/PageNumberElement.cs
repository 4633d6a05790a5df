using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// The page number "— 1 —" of GB/T 9704: odd pages at the right, even pages at the left, one character in from the
/// edge of the text block.
/// </summary>
internal sealed class PageNumberElement(RoleFonts fonts, double size) : Element
{
    public override Fit Measure(Space space) => Fit.Full(size);

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
        int page = canvas.PageNumber;
        var text = TextShaper.Shape([new TextRun($"— {page} —")], fonts, size, 1);
        double width = text.Advances.Sum();
        double left = page % 2 == 1 ? x + space.Width - size - width : x + size;
        GlyphRunWriter.Draw(canvas, text, 0, text.Length, left, y + 0.88 * size, 0);
    }
}
