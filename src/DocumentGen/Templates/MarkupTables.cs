using System.Globalization;
using System.Xml.Linq;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// &lt;table widths="1,3" header-rows="1" font-size="14"&gt; with &lt;tr min-height="…"&gt; and
/// &lt;td colspan rowspan align&gt;. Every row must cover exactly the declared columns, counting cells that
/// reach down from rows above, so the layout engine never meets a ragged grid.
/// </summary>
internal static class MarkupTables
{
    internal static TableBlock Read(XElement table)
    {
        var widths = Widths(table);
        var rows = new List<TableRow>();
        var coveredBelow = new int[widths.Count];
        var rowNumber = 0;
        foreach (var tr in table.Elements())
        {
            rowNumber++;
            if (tr.Name.LocalName != "tr") throw MarkupParser.Error(tr, "<table> 中只能有 <tr> 行。");
            var cells = new List<TableCell>();
            var column = 0;
            foreach (var td in tr.Elements())
            {
                if (td.Name.LocalName != "td") throw MarkupParser.Error(td, "<tr> 中只能有 <td> 单元格。");
                while (column < widths.Count && coveredBelow[column] > 0) column++;
                var colspan = MarkupParser.Int(td, "colspan", 1, 1, widths.Count);
                var rowspan = MarkupParser.Int(td, "rowspan", 1, 1, 500);
                if (column + colspan > widths.Count)
                    throw MarkupParser.Error(td, $"表格第{rowNumber}行的单元格超出了 widths 定义的{widths.Count}列。");
                for (var c = column; c < column + colspan; c++)
                {
                    if (coveredBelow[c] > 0)
                        throw MarkupParser.Error(td, $"表格第{rowNumber}行的单元格与上方 rowspan 跨下来的单元格重叠。");
                    coveredBelow[c] = rowspan;
                }
                cells.Add(new TableCell(MarkupRuns.Read(td), colspan, rowspan, MarkupParser.Alignment(td, ParagraphAlignment.Left)));
                column += colspan;
            }
            var filled = coveredBelow.Count(remaining => remaining > 0);
            if (filled != widths.Count)
                throw MarkupParser.Error(tr, $"表格第{rowNumber}行只占{filled}列，与 widths 定义的{widths.Count}列不符。");
            for (var c = 0; c < coveredBelow.Length; c++) coveredBelow[c]--;
            rows.Add(new TableRow(cells, MinHeight(tr)));
        }
        if (coveredBelow.Any(remaining => remaining > 0))
            throw MarkupParser.Error(table, "表格最后的 rowspan 跨出了表格的行数。");
        if (rows.Count == 0) throw MarkupParser.Error(table, "表格至少要有一行 <tr>。");
        var headerRows = MarkupParser.Int(table, "header-rows", 0, 0, rows.Count);
        return new TableBlock(widths, rows, headerRows, FontSize(table));
    }

    private static List<double> Widths(XElement table)
    {
        var text = (string?)table.Attribute("widths")
            ?? throw MarkupParser.Error(table, "<table> 缺少 widths 属性，例如 widths=\"1,3\" 表示两列、宽度比为1比3。");
        var widths = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var width) || width <= 0)
                throw MarkupParser.Error(table, $"widths=\"{text}\" 无效：每一列的宽度应为正数，用英文逗号分隔。");
            widths.Add(width);
        }
        return widths;
    }

    private static double? MinHeight(XElement tr) => Points(tr, "min-height");

    private static double? FontSize(XElement table) => Points(table, "font-size");

    private static double? Points(XElement element, string name)
    {
        var text = (string?)element.Attribute(name);
        if (text is null) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 1000
            ? value
            : throw MarkupParser.Error(element, $"{name}=\"{text}\" 无效，应为以磅（pt）计的正数。");
    }
}
