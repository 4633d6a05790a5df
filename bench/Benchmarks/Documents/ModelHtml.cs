using System.Net;
using System.Text;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.Benchmarks.Documents;

/// <summary>
/// The same document content as HTML with print CSS in the GB/T 9704 geometry, for the Chromium baseline: what a
/// team would write if it printed its documents from HTML.
/// </summary>
internal static class ModelHtml
{
    public static string From(OfficialDocument document)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            body { font-family: 'AR PL SungtiL GB', serif; font-size: 16pt; line-height: 28.9pt; margin: 0; }
            h1 { font-size: 22pt; font-weight: bold; text-align: center; margin: 0 0 28.9pt; line-height: 36pt; }
            p { margin: 0; text-indent: 2em; text-align: justify; line-break: strict; }
            .number { text-align: right; text-indent: 0; }
            .h1 { font-family: 'Droid Sans Fallback', sans-serif; } .h2 { font-family: 'AR PL KaitiM GB', serif; }
            table { border-collapse: collapse; width: 100%; } td { border: 1px solid #000; padding: 2pt 4pt; }
            .signature { text-align: right; padding-right: 4em; text-indent: 0; position: relative; }
            .seal { position: absolute; right: 5em; top: -20mm; width: 42mm; opacity: .9; }
            </style></head><body>
            """);
        foreach (var block in document.Blocks)
        {
            html.Append(block switch
            {
                TitleBlock t => $"<h1>{string.Join("<br>", t.Lines.Select(Encode))}</h1>",
                NumberBlock n => $"<p class=\"number\">{Encode(n.Text)}</p>",
                HeadingBlock h => $"<p class=\"h{h.Level}\">{Encode(h.Text)}</p>",
                ParagraphBlock p => $"<p style=\"text-indent:{p.FirstLineIndentChars}em;text-align:{p.Alignment.ToString().ToLowerInvariant()}\">{Runs(p.Runs)}</p>",
                TableBlock t => Table(t),
                SignatureBlock s => $"<p class=\"signature\">{Encode(s.Organ)}<br>{s.Date.Year}年{s.Date.Month}月{s.Date.Day}日"
                    + (s.Seal ? "<img class=\"seal\" src=\"data:image/png;base64,SEAL\">" : "") + "</p>",
                SpacerBlock s => string.Concat(Enumerable.Repeat("<p>&nbsp;</p>", s.Lines)),
                PageBreakBlock => "<div style=\"break-after:page\"></div>",
                _ => "",
            });
        }
        return html.Append("</body></html>").ToString();
    }

    private static string Table(TableBlock table)
    {
        var html = new StringBuilder("<table>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append($"<td colspan=\"{cell.ColumnSpan}\" rowspan=\"{cell.RowSpan}\">{Runs(cell.Runs)}</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static string Runs(IEnumerable<TextRun> runs) =>
        string.Concat(runs.Select(r => r.Bold ? $"<b>{Encode(r.Text)}</b>" : Encode(r.Text)));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
