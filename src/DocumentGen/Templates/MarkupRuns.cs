using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// Inline content: text with &lt;b&gt;, &lt;kai&gt; (楷体) and &lt;hei&gt; (黑体), nested freely. A line break in
/// the template text and the indentation around it vanish (Chinese text has no spaces between lines, and it
/// lets templates wrap long sentences); spaces within a line and full-width spaces (U+3000, used for blanks
/// to fill in by hand) are kept.
/// </summary>
internal static partial class MarkupRuns
{
    internal static IReadOnlyList<TextRun> Read(XElement element)
    {
        var runs = new List<TextRun>();
        Collect(element, new TextRun(""), runs);
        TrimEnds(runs);
        return Merge(runs);
    }

    /// <summary>The text of an element that takes no styling (title lines, headings, the number).</summary>
    internal static string PlainText(XElement element)
    {
        foreach (var child in element.Elements())
            throw MarkupParser.Error(child, $"<{element.Name.LocalName}> 中只能写文字，不能包含 <{child.Name.LocalName}>。");
        return Normalize(element.Value).Trim(' ', '\t');
    }

    internal static string Normalize(string text) => LineBreak().Replace(text, "");

    private static void Collect(XElement element, TextRun style, List<TextRun> runs)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    runs.Add(style with { Text = Normalize(text.Value) });
                    break;
                case XElement child:
                    Collect(child, child.Name.LocalName switch
                    {
                        "b" => style with { Bold = true },
                        "kai" => style with { Role = FontRole.Kai },
                        "hei" => style with { Role = FontRole.Heading },
                        _ => throw MarkupParser.Error(child,
                            $"文字中不认识的标记 <{child.Name.LocalName}>。可用：<b>（加粗）、<kai>（楷体）、<hei>（黑体）。"),
                    }, runs);
                    break;
            }
        }
    }

    private static void TrimEnds(List<TextRun> runs)
    {
        if (runs.Count == 0) return;
        runs[0] = runs[0] with { Text = runs[0].Text.TrimStart(' ', '\t') };
        runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd(' ', '\t') };
    }

    private static List<TextRun> Merge(List<TextRun> runs)
    {
        var merged = new List<TextRun>();
        foreach (var run in runs.Where(run => run.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1] with { Text = "" } == run with { Text = "" })
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else
                merged.Add(run);
        }
        return merged;
    }

    [GeneratedRegex("[ \t\r]*\n[ \t\r]*")]
    private static partial Regex LineBreak();
}
