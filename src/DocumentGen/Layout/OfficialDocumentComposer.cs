using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Layout.Elements;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// Builds the element tree of an <see cref="OfficialDocument"/> in the GB/T 9704 style: everything on the body
/// line grid, titles centred, paragraphs indented by whole grid characters, the signature four characters in from
/// the right with the seal over it.
/// </summary>
internal sealed class OfficialDocumentComposer(RoleFonts fonts, PageGeometry geometry, byte[]? seal)
{
    private const double TablePadding = 4;
    private const double TableBorder = 0.75;

    private double Pitch => geometry.LinePitch;
    private double BodySize => geometry.Style.BodyFontSize;
    private double GridScale => geometry.CharPitch / BodySize;

    public Element Compose(OfficialDocument document)
    {
        var elements = new List<Element>(document.Blocks.Count);
        var blocks = document.Blocks;
        for (int i = 0; i < blocks.Count; i++)
        {
            // A verification code right after the signature goes to the left of it, in the same lines, rather
            // than onto a page of its own below.
            if (blocks[i] is SignatureBlock signature && i + 1 < blocks.Count && blocks[i + 1] is VerificationBlock verification)
            {
                elements.Add(Signature(signature, VerificationRow(verification)));
                i++;
                continue;
            }
            elements.Add(Compose(blocks[i]));
        }
        return new ColumnElement(elements);
    }

    public Element PageNumber() => new PageNumberElement(fonts, geometry.Style.PageNumberFontSize);

    private Element Compose(Block block) => block switch
    {
        TitleBlock title => new ColumnElement(title.Lines.Select(line => Paragraph(
            [new TextRun(line, FontRole.Title)], geometry.Style.TitleFontSize, 1,
            new ParagraphStyle(ParagraphAlignment.Center, 0, Pitch, geometry.Style.TitleFontSize, KeepWithNext: true))).ToList()),
        NumberBlock number => Paragraph([new TextRun(number.Text)], BodySize, GridScale,
            new ParagraphStyle(ParagraphAlignment.Right, 0, Pitch, BodySize, KeepWithNext: true)),
        ParagraphBlock p => Paragraph(p.Runs, BodySize, GridScale, new ParagraphStyle(
            p.Alignment, p.FirstLineIndentChars * geometry.CharPitch, Pitch, BodySize, p.KeepTogether, p.KeepWithNext)),
        HeadingBlock h => Heading(h),
        TableBlock t => new SnapToGridElement(Table(t), Pitch),
        SignatureBlock s => Signature(s, null),
        VerificationBlock v => Verification(v),
        PageBreakBlock => new PageBreakElement(),
        SpacerBlock s => new SpacerElement(s.Lines * Pitch),
        _ => throw new NotSupportedException($"版面引擎不支持的块类型 {block.GetType().Name}。"),
    };

    private ParagraphElement Paragraph(IReadOnlyList<TextRun> runs, double size, double letterSpacing, ParagraphStyle style) =>
        new(TextShaper.Shape(runs, fonts, size, letterSpacing), style);

    private Element Heading(HeadingBlock heading)
    {
        var run = heading.Level switch
        {
            1 => new TextRun(heading.Text, FontRole.Heading),
            2 => new TextRun(heading.Text, FontRole.Kai),
            3 => new TextRun(heading.Text, FontRole.Body, Bold: true),
            _ => new TextRun(heading.Text, FontRole.Body),
        };
        return Paragraph([run], BodySize, GridScale,
            new ParagraphStyle(ParagraphAlignment.Justify, 2 * geometry.CharPitch, Pitch, BodySize, KeepWithNext: true));
    }

    private Element Table(TableBlock table)
    {
        double size = table.FontSize ?? BodySize;
        var cells = new List<TableCellContent>();
        int columns = table.ColumnWidths.Count;
        var covered = new HashSet<(int Row, int Column)>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            int column = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (covered.Contains((r, column))) column++;
                if (column >= columns)
                    throw new LayoutException($"表格第 {r + 1} 行的单元格超出了 {columns} 列；请检查该行的单元格数和跨列数。");
                int span = Math.Clamp(cell.ColumnSpan, 1, columns - column);
                int rowSpan = Math.Clamp(cell.RowSpan, 1, table.Rows.Count - r);
                for (int dr = 0; dr < rowSpan; dr++)
                    for (int dc = 0; dc < span; dc++) covered.Add((r + dr, column + dc));
                var content = Paragraph(cell.Runs, size, 1, new ParagraphStyle(cell.Alignment, 0, size * 1.5, size));
                cells.Add(new TableCellContent(content, r, column, span, rowSpan));
                column += span;
            }
        }
        var grid = new TableGrid(table.ColumnWidths, cells, table.Rows.Count, table.HeaderRows,
            table.Rows.Select(row => row.MinHeight).ToList(), TablePadding, TableBorder);
        return new TableElement(grid);
    }

    private Element Signature(SignatureBlock signature, Element? beside)
    {
        double width = geometry.BodyWidth, rightInset = 4 * geometry.CharPitch;
        string date = $"{signature.Date.Year}年{signature.Date.Month}月{signature.Date.Day}日";
        var dateText = TextShaper.Shape([new TextRun(date)], fonts, BodySize, GridScale);
        // The date's right end sits four characters in from the right margin; the organ name is centred over it.
        double dateCenter = width - rightInset - dateText.Advances.Sum() / 2;
        double half = Math.Min(dateCenter, width - dateCenter);
        var organ = new InsetElement(Paragraph([new TextRun(signature.Organ)], BodySize, GridScale,
            new ParagraphStyle(ParagraphAlignment.Center, 0, Pitch, BodySize)), dateCenter - half, width - dateCenter - half);
        var dateLine = new InsetElement(new ParagraphElement(dateText,
            new ParagraphStyle(ParagraphAlignment.Right, 0, Pitch, BodySize)), 0, rightInset);
        Element lines = new ColumnElement([organ, dateLine]);
        if (signature.Seal && seal != null)
        {
            // The seal is centred on the date's centre line, slightly above the middle of the two lines, so the
            // organ name and date sit a little below the seal's centre as GB/T 9704 asks.
            double diameter = geometry.Style.SealDiameterMm * PageGeometry.PointsPerMm;
            lines = new OverlayElement(lines, seal, diameter, dateCenter, 0.8 * Pitch);
        }
        if (beside != null) lines = new LayersElement([lines, beside]);
        return new ColumnElement([new SpacerElement(2 * Pitch), new KeepTogetherElement(lines, "落款（发文机关署名和成文日期）")]);
    }

    private Element Verification(VerificationBlock verification) =>
        new ColumnElement([new SpacerElement(Pitch), new SnapToGridElement(VerificationRow(verification), Pitch)]);

    private Element VerificationRow(VerificationBlock verification)
    {
        double size = geometry.Style.QrCodeSizeMm * PageGeometry.PointsPerMm;
        // 五号 (10.5 pt): at body size the code would run into the date and the seal beside it.
        const double labelSize = 10.5;
        var label = Paragraph([new TextRun($"验证码：{verification.Code}")], labelSize, 1,
            new ParagraphStyle(ParagraphAlignment.Left, 0, Pitch, BodySize));
        // The label sits on the grid line at the QR code's foot (beside the date when next to a signature).
        double above = Math.Max(Math.Round(size / Pitch) - 1, 0) * Pitch;
        var text = new ColumnElement([new SpacerElement(above, keepAtPageTop: true), label]);
        return new RowElement([(new QrCodeElement(verification.Url, size), size), (text, geometry.BodyWidth - size - geometry.CharPitch)],
            geometry.CharPitch);
    }
}
