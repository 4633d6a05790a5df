namespace Reconsideration.DocumentGen.Text;

/// <summary>
/// One line of a paragraph: code points [Start, End) of which [Start, ContentEnd) are drawn (trailing spaces are
/// not); <see cref="Width"/> is the drawn part's natural width.
/// </summary>
internal readonly record struct TextLine(int Start, int ContentEnd, int End, double Width);
