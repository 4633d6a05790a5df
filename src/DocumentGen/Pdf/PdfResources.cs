using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Pdf;

/// <summary>
/// Fonts, pens and images for drawing. Fonts use Unicode (Identity-H) encoding with subset embedding: the glyphs
/// become a TrueType (CIDFontType2) subset with a ToUnicode map, so text extracts as written. Pens belong to one
/// document; XFonts and decoded images are shared by all.
/// </summary>
internal sealed class PdfResources
{
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    // XFonts are immutable once made and cost a resolver round trip each; PDFsharp's own examples share them
    // between documents, and so do we (per face, emboldening and size).
    private static readonly ConcurrentDictionary<(int Face, bool Bold, double Size), XFont> Fonts = new();
    private readonly Dictionary<double, XPen> _pens = new();
    // Decoding a PNG is a good part of a render; the decoded image is shared by all documents of the process
    // (PDFsharp only reads it when writing each document's image object).
    private static readonly ConditionalWeakTable<byte[], XImage> Images = new();

    public XFont Font(TextFont font)
    {
        var key = (font.Choice.Face.Id, font.Choice.SimulateBold, font.Size);
        return Fonts.GetOrAdd(key, static k => new XFont(
            PdfFontResolver.FamilyName(FontFaceCache.ById(k.Face), k.Bold), k.Size, XFontStyleEx.Regular, FontOptions));
    }

    public XPen Pen(double thickness)
    {
        if (!_pens.TryGetValue(thickness, out var pen))
            _pens[thickness] = pen = new XPen(XColors.Black, thickness);
        return pen;
    }

    public XImage Image(byte[] png) =>
        Images.GetValue(png, bytes => XImage.FromStream(new MemoryStream(bytes, writable: false)));
}
