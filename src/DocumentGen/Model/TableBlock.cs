namespace Reconsideration.DocumentGen.Model;

/// <summary>
/// A bordered table. <paramref name="ColumnWidths"/> are relative; the first <paramref name="HeaderRows"/> rows
/// repeat at the top of every page the table continues on. <paramref name="FontSize"/> in points (body size when null).
/// </summary>
public sealed record TableBlock(
    IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<TableRow> Rows,
    int HeaderRows = 0,
    double? FontSize = null) : Block;
