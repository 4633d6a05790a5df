namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// Page geometry and type sizes; the defaults are GB/T 9704-2012: A4, top margin 37 mm, binding (left) margin 28 mm,
/// a 156 × 225 mm text block of 22 lines × 28 characters in 16 pt (3号), titles 22 pt (2号), page numbers 14 pt (4号)
/// 7 mm below the text block, and a 42 mm seal.
/// </summary>
public sealed record PageStyle
{
    /// <summary>The GB/T 9704-2012 page.</summary>
    public static PageStyle GbT9704 { get; } = new();

    /// <summary>Page width in millimetres.</summary>
    public double PageWidthMm { get; init; } = 210;
    /// <summary>Page height in millimetres.</summary>
    public double PageHeightMm { get; init; } = 297;
    /// <summary>Distance from the page's top edge to the text block.</summary>
    public double TopMarginMm { get; init; } = 37;
    /// <summary>Distance from the page's left (binding) edge to the text block.</summary>
    public double LeftMarginMm { get; init; } = 28;
    /// <summary>Width of the text block.</summary>
    public double BodyWidthMm { get; init; } = 156;
    /// <summary>Height of the text block.</summary>
    public double BodyHeightMm { get; init; } = 225;
    /// <summary>Body lines per page; the line pitch is the block height divided by this.</summary>
    public int LinesPerPage { get; init; } = 22;
    /// <summary>Body characters per line; the character pitch is the block width divided by this.</summary>
    public int CharactersPerLine { get; init; } = 28;
    /// <summary>Body text size in points.</summary>
    public double BodyFontSize { get; init; } = 16;
    /// <summary>Title size in points.</summary>
    public double TitleFontSize { get; init; } = 22;
    /// <summary>Page number size in points.</summary>
    public double PageNumberFontSize { get; init; } = 14;
    /// <summary>Gap between the text block's lower edge and the page number line.</summary>
    public double PageNumberGapMm { get; init; } = 7;
    /// <summary>Diameter of the seal image.</summary>
    public double SealDiameterMm { get; init; } = 42;
    /// <summary>Side of the verification QR code.</summary>
    public double QrCodeSizeMm { get; init; } = 20;
}
