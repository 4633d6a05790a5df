namespace Reconsideration.DocumentGen.Fonts;

/// <summary>
/// One single-face TrueType file (.ttf, glyf outlines) serving a font role. <paramref name="SimulateBold"/> draws the
/// face emboldened (fill and stroke), e.g. a Song face standing in for 小标宋 in titles.
/// </summary>
public sealed record FontFaceFile(string Path, bool SimulateBold = false);
