namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>A table cell as laid out: its content element and the grid position it starts at and spans.</summary>
internal sealed record TableCellContent(Element Content, int Row, int Column, int ColumnSpan, int RowSpan);
