using System.Text;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Tests.Templates;

/// <summary>The text a reader sees in a composed document, block by block, for assertions on wording.</summary>
internal static class DocumentText
{
    internal static string Of(OfficialDocument document) => string.Join("\n", document.Blocks.Select(Of));

    internal static string Of(Block block) => block switch
    {
        TitleBlock title => string.Join("\n", title.Lines),
        NumberBlock number => number.Text,
        ParagraphBlock paragraph => Runs(paragraph.Runs),
        HeadingBlock heading => heading.Text,
        TableBlock table => string.Join("\n", table.Rows.Select(row => string.Join(" | ", row.Cells.Select(cell => Runs(cell.Runs))))),
        SignatureBlock signature => signature.Organ,
        _ => "",
    };

    internal static int CjkCount(string text) => text.Count(c => c is >= '\u4e00' and <= '\u9fff');

    private static string Runs(IEnumerable<TextRun> runs)
    {
        var text = new StringBuilder();
        foreach (var run in runs) text.Append(run.Text);
        return text.ToString();
    }
}
