namespace Reconsideration.DocumentGen.Model;

/// <summary>One row of a <see cref="TableBlock"/>; cells covered by a span from an earlier cell are omitted.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, double? MinHeight = null);
