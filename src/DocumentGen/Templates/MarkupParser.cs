using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Reconsideration.DocumentGen.Formatting;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// Reads the document markup a template renders into model blocks. The markup (docs/documents.md):
/// &lt;document&gt; holding &lt;title&gt;&lt;line/&gt;…, &lt;number&gt;, &lt;p&gt;, &lt;h1&gt;–&lt;h4&gt;, &lt;table&gt;,
/// &lt;signature&gt;, &lt;verification/&gt;, &lt;pagebreak/&gt;, &lt;space/&gt;. Anything else is an error, never ignored.
/// </summary>
internal static class MarkupParser
{
    /// <summary>The blocks; <paramref name="verification"/> fills &lt;verification/&gt; (or is appended when absent).</summary>
    internal static IReadOnlyList<Block> Parse(string markup, VerificationBlock? verification)
    {
        var root = Load(markup);
        if (root.Name.LocalName != "document")
            throw Error(root, $"最外层标记应为 <document>，实际为 <{root.Name.LocalName}>。");

        var blocks = new List<Block>();
        var verificationPlaced = false;
        foreach (var node in root.Nodes())
        {
            if (node is XText text)
            {
                if (MarkupRuns.Normalize(text.Value).Trim().Length > 0)
                    throw Error(node, $"文字“{Shorten(text.Value.Trim())}”不在任何段落中，请放入 <p>…</p>。");
                continue;
            }
            if (node is not XElement element) continue;
            if (element.Name.LocalName == "verification")
            {
                verificationPlaced = true;
                if (verification is not null) blocks.Add(verification);
                continue;
            }
            blocks.Add(ReadBlock(element));
        }
        if (verification is not null && !verificationPlaced) blocks.Add(verification);
        return blocks;
    }

    private static XElement Load(string markup)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            // Control characters in data arrive as character references; let them through as text.
            CheckCharacters = false,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(markup), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace).Root
                ?? throw new MarkupError("模板没有输出任何内容。", 1, 1);
        }
        catch (XmlException e)
        {
            throw new MarkupError($"文书标记格式错误：{e.Message}。常见原因：标签未闭合、<p> 等标签拼写错误，或在模板中直接写了 & 或 <（请写作 &amp; 和 &lt;）", e.LineNumber, e.LinePosition, e);
        }
    }

    private static Block ReadBlock(XElement element) => element.Name.LocalName switch
    {
        "title" => new TitleBlock(ReadTitle(element)),
        "number" => new NumberBlock(MarkupRuns.PlainText(element)),
        "p" => new ParagraphBlock(
            MarkupRuns.Read(element),
            Alignment(element, ParagraphAlignment.Justify),
            Int(element, "indent", 2, 0, 40),
            Bool(element, "keep-with-next", false),
            Bool(element, "keep-together", false)),
        "h1" or "h2" or "h3" or "h4" => new HeadingBlock(element.Name.LocalName[1] - '0', MarkupRuns.PlainText(element)),
        "table" => MarkupTables.Read(element),
        "signature" => new SignatureBlock(
            Required(element, "organ"),
            Date(element, Required(element, "date")),
            Bool(element, "seal", true)),
        "pagebreak" => new PageBreakBlock(),
        "space" => new SpacerBlock(Int(element, "lines", 1, 1, 22)),
        var other => throw Error(element,
            $"不认识的块标记 <{other}>。可用：title、number、p、h1–h4、table、signature、verification、pagebreak、space。"),
    };

    private static List<string> ReadTitle(XElement element)
    {
        var lines = element.Elements().Select(line => line.Name.LocalName == "line"
            ? MarkupRuns.PlainText(line)
            : throw Error(line, "<title> 中每一行应写成 <line>…</line>。")).Where(line => line.Length > 0).ToList();
        return lines.Count > 0 ? lines : throw Error(element, "<title> 至少要有一行 <line>。");
    }

    internal static ParagraphAlignment Alignment(XElement element, ParagraphAlignment fallback) =>
        (string?)element.Attribute("align") switch
        {
            null => fallback,
            "justify" => ParagraphAlignment.Justify,
            "left" => ParagraphAlignment.Left,
            "center" => ParagraphAlignment.Center,
            "right" => ParagraphAlignment.Right,
            var other => throw Error(element, $"align=\"{other}\" 无效，可用 justify、left、center、right。"),
        };

    internal static int Int(XElement element, string name, int fallback, int min, int max)
    {
        var text = (string?)element.Attribute(name);
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Error(element, $"{name}=\"{text}\" 无效，应为 {min} 至 {max} 的整数。");
    }

    internal static bool Bool(XElement element, string name, bool fallback) => (string?)element.Attribute(name) switch
    {
        null => fallback,
        "true" => true,
        "false" => false,
        var other => throw Error(element, $"{name}=\"{other}\" 无效，应为 true 或 false。"),
    };

    private static string Required(XElement element, string name) =>
        (string?)element.Attribute(name) is { Length: > 0 } value
            ? value.Trim()
            : throw Error(element, $"<{element.Name.LocalName}> 缺少 {name} 属性（或其值为空，请检查数据）。");

    private static DateOnly Date(XElement element, string text)
    {
        try
        {
            return ChineseDates.ParseIsoDate(text);
        }
        catch (FormatException e)
        {
            throw Error(element, e.Message);
        }
    }

    internal static MarkupError Error(XObject node, string message)
    {
        var info = (IXmlLineInfo)node;
        return new MarkupError(message, info.HasLineInfo() ? info.LineNumber : 1, info.HasLineInfo() ? info.LinePosition : 1);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
