using System.Text;
using System.Text.RegularExpressions;
using Reconsideration.DocumentGen.Model;
using UglyToad.PdfPig;

namespace Reconsideration.DocumentGen.Tests.Rendering;

/// <summary>
/// The characters a document should show, straight from its model, and the characters a PDF reader extracts,
/// both without whitespace, so "extracts exactly as written" is one string comparison.
/// </summary>
internal static partial class PdfText
{
    public static string Expected(OfficialDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            text.Append(block switch
            {
                TitleBlock t => string.Concat(t.Lines),
                NumberBlock n => n.Text,
                ParagraphBlock p => Runs(p.Runs),
                HeadingBlock h => h.Text,
                TableBlock t => string.Concat(t.Rows.SelectMany(r => r.Cells).Select(c => Runs(c.Runs))),
                SignatureBlock s => $"{s.Organ}{s.Date.Year}年{s.Date.Month}月{s.Date.Day}日",
                VerificationBlock v => $"验证码：{v.Code}",
                _ => "",
            });
        }
        return WithoutWhitespace(text.ToString());
    }

    /// <summary>Each page's letters in content order, with the page's own number line "— n —" taken off its end.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page =>
        {
            var letters = WithoutWhitespace(string.Concat(page.Letters.Select(l => l.Value)));
            var footer = $"—{page.Number}—";
            Assert.EndsWith(footer, letters);
            return letters[..^footer.Length];
        }).ToList();
    }

    private static string Runs(IEnumerable<TextRun> runs) => string.Concat(runs.Select(r => r.Text));

    private static string WithoutWhitespace(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
