using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Layout;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Pdf;

namespace Reconsideration.DocumentGen;

/// <summary>
/// Renders <see cref="OfficialDocument"/>s as PDF in the GB/T 9704 style. Build one per configuration and share it:
/// fonts are loaded once, and concurrent <see cref="Render(OfficialDocument)"/> calls are safe.
/// </summary>
/// <exception cref="MissingGlyphException">From Render: a character no font of its role has.</exception>
/// <exception cref="LayoutException">From Render: content that does not fit on an empty page.</exception>
public sealed class DocumentRenderer
{
    private readonly RoleFonts _fonts;
    private readonly PageGeometry _geometry;
    private readonly byte[]? _seal;
    private readonly Func<byte[]?>? _sealSource;

    /// <summary>Loads the configured fonts; throws when a font file is missing or not a single-face TrueType font.</summary>
    public DocumentRenderer(DocumentRendererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _fonts = new RoleFonts(options.Fonts);
        _geometry = new PageGeometry(options.PageStyle);
        _seal = options.SealPng?.ToArray();
        _sealSource = options.SealSource;
    }

    /// <summary>Renders the document and returns the PDF's bytes.</summary>
    public byte[] Render(OfficialDocument document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }

    /// <summary>Renders the document as PDF into <paramref name="output"/>, which is left open.</summary>
    public void Render(OfficialDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var composer = new OfficialDocumentComposer(_fonts, _geometry, _sealSource?.Invoke() ?? _seal);
        PdfDocumentWriter.Write(composer.Compose(document), composer.PageNumber(), _geometry, document.Metadata, output);
    }
}
