using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Pdf;

/// <summary>
/// Fonts, pens and images of one document. Fonts use Unicode (Identity-H) encoding with subset embedding: the
/// glyphs become a TrueType (CIDFontType2) subset with a ToUnicode map, so text extracts as written.
/// </summary>
internal sealed class PdfResources : IDisposable
{
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private readonly Dictionary<(int Face, bool Bold, double Size), XFont> _fonts = new();
    private readonly Dictionary<double, XPen> _pens = new();
    private readonly Dictionary<byte[], XImage> _images = new(ReferenceEqualityComparer.Instance);

    public XFont Font(TextFont font)
    {
        var key = (font.Choice.Face.Id, font.Choice.SimulateBold, font.Size);
        if (!_fonts.TryGetValue(key, out var xFont))
        {
            string family = PdfFontResolver.FamilyName(font.Choice.Face, font.Choice.SimulateBold);
            xFont = new XFont(family, font.Size, XFontStyleEx.Regular, FontOptions);
            _fonts[key] = xFont;
        }
        return xFont;
    }

    public XPen Pen(double thickness)
    {
        if (!_pens.TryGetValue(thickness, out var pen))
            _pens[thickness] = pen = new XPen(XColors.Black, thickness);
        return pen;
    }

    public XImage Image(byte[] png)
    {
        if (!_images.TryGetValue(png, out var image))
            _images[png] = image = XImage.FromStream(new MemoryStream(png, writable: false));
        return image;
    }

    public void Dispose()
    {
        foreach (var image in _images.Values) image.Dispose();
    }
}
