namespace Reconsideration.DocumentGen.Layout;

/// <summary>A <see cref="PageStyle"/> in points, with the grid pitches derived from it.</summary>
internal sealed record PageGeometry(PageStyle Style)
{
    public const double PointsPerMm = 72 / 25.4;

    public double PageWidth => Style.PageWidthMm * PointsPerMm;
    public double PageHeight => Style.PageHeightMm * PointsPerMm;
    public double Left => Style.LeftMarginMm * PointsPerMm;
    public double Top => Style.TopMarginMm * PointsPerMm;
    public double BodyWidth => Style.BodyWidthMm * PointsPerMm;
    public double BodyHeight => Style.BodyHeightMm * PointsPerMm;
    public double LinePitch => BodyHeight / Style.LinesPerPage;
    public double CharPitch => BodyWidth / Style.CharactersPerLine;
    public double PageNumberTop => Top + BodyHeight + Style.PageNumberGapMm * PointsPerMm;
}
