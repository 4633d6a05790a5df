namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// The width-independent part of a table (cells on the grid, row groups joined by row spans) plus, per width, the
/// column positions and natural row heights. Shared by a table and its remainders.
/// </summary>
internal sealed class TableGrid
{
    private double _width = double.NaN;

    public TableGrid(IReadOnlyList<double> relativeWidths, IReadOnlyList<TableCellContent> cells, int rowCount,
        int headerRows, IReadOnlyList<double?> minHeights, double padding, double border)
    {
        RelativeWidths = relativeWidths;
        RowCount = rowCount;
        HeaderRows = Math.Clamp(headerRows, 0, rowCount);
        MinHeights = minHeights;
        Padding = padding;
        Border = border;
        CellsByRow = new List<TableCellContent>[rowCount];
        for (int r = 0; r < rowCount; r++) CellsByRow[r] = new List<TableCellContent>();
        foreach (var cell in cells) CellsByRow[cell.Row].Add(cell);
        GroupEnd = new int[rowCount];
        for (int r = 0; r < rowCount;)
        {
            int end = r;
            for (int j = r; j <= end; j++)
                foreach (var cell in CellsByRow[j]) end = Math.Min(Math.Max(end, j + cell.RowSpan - 1), rowCount - 1);
            for (int j = r; j <= end; j++) GroupEnd[j] = end;
            r = end + 1;
        }
    }

    public IReadOnlyList<double> RelativeWidths { get; }
    public int RowCount { get; }
    public int HeaderRows { get; }
    public IReadOnlyList<double?> MinHeights { get; }
    public double Padding { get; }
    public double Border { get; }
    public List<TableCellContent>[] CellsByRow { get; }
    /// <summary>The last row of the group of rows joined by row spans that a row belongs to.</summary>
    public int[] GroupEnd { get; }
    public double[] ColumnX { get; private set; } = [];
    public double[] RowHeights { get; private set; } = [];

    public double InnerWidth(TableCellContent cell) =>
        ColumnX[cell.Column + cell.ColumnSpan] - ColumnX[cell.Column] - 2 * Padding;

    public double ContentHeight(Element? content, TableCellContent cell) =>
        content == null ? 0 : content.Measure(new Space(InnerWidth(cell), double.MaxValue / 4, true)).Height;

    public void Prepare(double width)
    {
        if (_width == width) return;
        _width = width;
        double total = RelativeWidths.Sum();
        ColumnX = new double[RelativeWidths.Count + 1];
        for (int c = 0; c < RelativeWidths.Count; c++) ColumnX[c + 1] = ColumnX[c] + width * RelativeWidths[c] / total;
        var heights = new double[RowCount];
        for (int r = 0; r < RowCount; r++)
        {
            heights[r] = MinHeights.Count > r ? MinHeights[r] ?? 0 : 0;
            foreach (var cell in CellsByRow[r])
                if (cell.RowSpan == 1) heights[r] = Math.Max(heights[r], ContentHeight(cell.Content, cell) + 2 * Padding);
        }
        for (int r = 0; r < RowCount; r++)
            foreach (var cell in CellsByRow[r])
            {
                if (cell.RowSpan == 1) continue;
                int last = Math.Min(r + cell.RowSpan - 1, RowCount - 1);
                double have = 0;
                for (int j = r; j <= last; j++) have += heights[j];
                double need = ContentHeight(cell.Content, cell) + 2 * Padding;
                if (need > have) heights[last] += need - have;
            }
        RowHeights = heights;
    }
}
