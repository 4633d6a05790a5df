namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// A bordered table. Rows joined by row spans stay on one page; header rows repeat at the top of every page; a
/// single row taller than what is left of an empty page is split, each cell continuing on the next page.
/// </summary>
internal sealed class TableElement : Element
{
    private const double Epsilon = 0.01;
    private readonly TableGrid _grid;
    private readonly int _startRow;
    private readonly Dictionary<TableCellContent, Element?>? _continued;

    public TableElement(TableGrid grid) : this(grid, grid.HeaderRows, null)
    {
    }

    private TableElement(TableGrid grid, int startRow, Dictionary<TableCellContent, Element?>? continued)
    {
        _grid = grid;
        _startRow = startRow;
        _continued = continued;
    }

    private readonly record struct Placement(int Row, double Top, double Height, Dictionary<TableCellContent, Element?>? Contents);

    public override Fit Measure(Space space) => Plan(space, null);

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
        var placements = new List<Placement>();
        Plan(space, placements);
        double border = _grid.Border;
        foreach (var placement in placements)
        {
            foreach (var cell in _grid.CellsByRow[placement.Row])
            {
                double height = placement.Height;
                if (placement.Contents == null)
                    for (int j = placement.Row + 1; j < placement.Row + cell.RowSpan && j < _grid.RowCount; j++) height += _grid.RowHeights[j];
                double left = x + _grid.ColumnX[cell.Column], right = x + _grid.ColumnX[cell.Column + cell.ColumnSpan];
                double top = y + placement.Top, bottom = top + height;
                canvas.DrawLine(left, top, right, top, border);
                canvas.DrawLine(left, bottom, right, bottom, border);
                canvas.DrawLine(left, top, left, bottom, border);
                canvas.DrawLine(right, top, right, bottom, border);
                var content = placement.Contents == null ? cell.Content : placement.Contents.GetValueOrDefault(cell);
                content?.Draw(canvas, left + _grid.Padding, top + _grid.Padding,
                    new Space(_grid.InnerWidth(cell), height - 2 * _grid.Padding, true));
            }
        }
    }

    private Fit Plan(Space space, List<Placement>? placements)
    {
        _grid.Prepare(space.Width);
        var heights = _grid.RowHeights;
        double used = 0;
        for (int r = 0; r < _grid.HeaderRows; r++)
        {
            placements?.Add(new Placement(r, used, heights[r], null));
            used += heights[r];
        }
        if (used > space.Height + Epsilon)
            return Fit.None($"表格的表头高 {used:F1} 磅，放不进 {space.Height:F1} 磅");

        int row = _startRow;
        bool bodyPlaced = false;
        if (_continued != null)
        {
            double height = 2 * _grid.Padding;
            foreach (var cell in _grid.CellsByRow[row])
                height = Math.Max(height, _grid.ContentHeight(_continued.GetValueOrDefault(cell), cell) + 2 * _grid.Padding);
            if (used + height > space.Height + Epsilon) return Split(row, _continued, used, space, placements);
            placements?.Add(new Placement(row, used, height, _continued));
            used += height;
            row++;
            bodyPlaced = true;
        }
        while (row < _grid.RowCount)
        {
            int end = _grid.GroupEnd[row];
            double groupHeight = 0;
            for (int j = row; j <= end; j++) groupHeight += heights[j];
            if (used + groupHeight <= space.Height + Epsilon)
            {
                for (int j = row; j <= end; j++)
                {
                    placements?.Add(new Placement(j, used, heights[j], null));
                    used += heights[j];
                }
                row = end + 1;
                bodyPlaced = true;
                continue;
            }
            if (bodyPlaced) return Fit.Partial(used, new TableElement(_grid, row, null));
            if (!space.AtPageTop)
                return Fit.None($"表格第 {row + 1} 行（高 {groupHeight:F1} 磅）放不进本页剩余的 {space.Height - used:F1} 磅");
            if (end > row)
                return Fit.None($"表格第 {row + 1}–{end + 1} 行由跨行单元格连在一起，共高 {groupHeight:F1} 磅，超过整页可用的 {space.Height - used:F1} 磅");
            var original = _grid.CellsByRow[row].ToDictionary(c => c, c => (Element?)c.Content);
            return Split(row, original, used, space, placements);
        }
        return Fit.Full(used);
    }

    private Fit Split(int row, Dictionary<TableCellContent, Element?> contents, double used, Space space, List<Placement>? placements)
    {
        double available = space.Height - used - 2 * _grid.Padding;
        var remainders = new Dictionary<TableCellContent, Element?>();
        foreach (var cell in _grid.CellsByRow[row])
        {
            var content = contents.GetValueOrDefault(cell);
            if (content == null) continue;
            var fit = content.Measure(new Space(_grid.InnerWidth(cell), Math.Max(available, 0), true));
            if (fit.Kind == FitKind.None)
                return Fit.None($"表格第 {row + 1} 行第 {cell.Column + 1} 列的单元格在整页上连一行也放不下（{fit.Reason}）");
            remainders[cell] = fit.Remainder;
        }
        placements?.Add(new Placement(row, used, space.Height - used, contents));
        return Fit.Partial(space.Height, new TableElement(_grid, row, remainders));
    }
}
