using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reconsideration.DocumentGen.Tests.Pdf;

/// <summary>A rendered PDF read back with PdfPig, with the page-number zone (below the text block) told apart.</summary>
internal sealed class RenderedPdf
{
    // GB/T 9704: the text block ends 37 + 225 = 262 mm from the top of a 297 mm page.
    public const double BlockBottomFromTop = 262 * 72 / 25.4;

    public RenderedPdf(byte[] bytes)
    {
        Bytes = bytes;
        using var document = PdfDocument.Open(bytes);
        Title = document.Information.Title;
        Author = document.Information.Author;
        Subject = document.Information.Subject;
        CreationDate = document.Information.CreationDate;
        Pages = document.GetPages().Select(p => new PageText(p.Width, p.Height, p.Letters.ToList())).ToList();
    }

    public byte[] Bytes { get; }
    public string? Title { get; }
    public string? Author { get; }
    public string? Subject { get; }
    public string? CreationDate { get; }
    public IReadOnlyList<PageText> Pages { get; }

    /// <summary>All body letters of all pages in content order, whitespace removed.</summary>
    public string BodyText => string.Concat(Pages.Select(p => p.BodyText));

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    internal sealed record PageText(double Width, double Height, IReadOnlyList<Letter> Letters)
    {
        private double BlockBottomY => Height - BlockBottomFromTop;

        public IEnumerable<Letter> Body => Letters.Where(l => l.StartBaseLine.Y > BlockBottomY - 1);

        public IEnumerable<Letter> Footer => Letters.Where(l => l.StartBaseLine.Y <= BlockBottomY - 1);

        public string BodyText => Squeeze(string.Concat(Body.Select(l => l.Value)));

        public string FooterText => Squeeze(string.Concat(Footer.Select(l => l.Value)));

        /// <summary>Body letters grouped into lines by baseline, top to bottom.</summary>
        public List<string> Lines() => Body
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))
            .ToList();
    }
}
