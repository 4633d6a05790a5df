using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen;

/// <summary>Rows of a table being written with <see cref="DocumentBuilder.Table"/>; header rows must come first.</summary>
public sealed class TableBuilder
{
    private readonly List<TableRow> _rows = new();
    private int _headerRows;

    /// <summary>A header row (bold, centred), repeated on every page the table continues on.</summary>
    public TableBuilder Header(params string[] cells)
    {
        if (_rows.Count != _headerRows)
            throw new InvalidOperationException("表头行必须写在所有数据行之前。");
        _headerRows++;
        return Row(new TableRow(cells.Select(c => new TableCell([new TextRun(c, Bold: true)], Alignment: ParagraphAlignment.Center)).ToList()));
    }

    /// <summary>A row of plain text cells.</summary>
    public TableBuilder Row(params string[] cells) =>
        Row(new TableRow(cells.Select(c => new TableCell([new TextRun(c)])).ToList()));

    /// <summary>A row of cells with spans, alignment or several runs.</summary>
    public TableBuilder Row(TableRow row)
    {
        _rows.Add(row);
        return this;
    }

    internal TableBlock Build(IReadOnlyList<double> columnWidths, double? fontSize) => new(columnWidths, _rows.ToList(), _headerRows, fontSize);
}
