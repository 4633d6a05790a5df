using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen;

/// <summary>
/// A fluent way to write an <see cref="OfficialDocument"/> in code (tests, one-off documents); templates may build
/// the model directly. Each call appends one block in reading order.
/// </summary>
/// <example>
/// <code>
/// var document = new DocumentBuilder(metadata)
///     .Title("红河区人民政府", "行政复议决定书")
///     .Number("红府复决〔2026〕12号")
///     .Paragraph("申请人：张三，……", indentChars: 0)
///     .Heading(1, "一、申请人请求")
///     .Paragraph("申请人请求：……")
///     .Table([1, 3], table => table.Header("序号", "证据").Row("1", "现场检查笔录"))
///     .Signature("红河区人民政府", new DateOnly(2026, 3, 1))
///     .Build();
/// </code>
/// </example>
public sealed class DocumentBuilder(DocumentMetadata metadata)
{
    private readonly List<Block> _blocks = new();

    /// <summary>The title lines (organ name, document title), 22 pt centred.</summary>
    public DocumentBuilder Title(params string[] lines) => Add(new TitleBlock(lines));

    /// <summary>The document number line under the title.</summary>
    public DocumentBuilder Number(string text) => Add(new NumberBlock(text));

    /// <summary>A body paragraph of one run; party lines and salutations use <paramref name="indentChars"/> 0.</summary>
    public DocumentBuilder Paragraph(string text, int indentChars = 2, ParagraphAlignment alignment = ParagraphAlignment.Justify) =>
        Add(new ParagraphBlock([new TextRun(text)], alignment, indentChars));

    /// <summary>A body paragraph of several runs (mixed roles, bold, sizes).</summary>
    public DocumentBuilder Paragraph(params TextRun[] runs) => Add(new ParagraphBlock(runs));

    /// <summary>A heading of level 1 to 4, kept with the block after it.</summary>
    public DocumentBuilder Heading(int level, string text) => Add(new HeadingBlock(level, text));

    /// <summary>A table with relative column widths, described by <paramref name="rows"/>.</summary>
    public DocumentBuilder Table(IReadOnlyList<double> columnWidths, Action<TableBuilder> rows, double? fontSize = null)
    {
        var table = new TableBuilder();
        rows(table);
        return Add(table.Build(columnWidths, fontSize));
    }

    /// <summary>The organ's name and the date, with the seal over them when <paramref name="seal"/>.</summary>
    public DocumentBuilder Signature(string organ, DateOnly date, bool seal = true) => Add(new SignatureBlock(organ, date, seal));

    /// <summary>The verification code and a QR code of <paramref name="url"/>.</summary>
    public DocumentBuilder Verification(string code, string url) => Add(new VerificationBlock(code, url));

    /// <summary>Empty grid lines.</summary>
    public DocumentBuilder Spacer(int lines = 1) => Add(new SpacerBlock(lines));

    /// <summary>Starts a new page.</summary>
    public DocumentBuilder PageBreak() => Add(new PageBreakBlock());

    /// <summary>Any other block.</summary>
    public DocumentBuilder Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    /// <summary>The document written so far.</summary>
    public OfficialDocument Build() => new(metadata, _blocks.ToList());
}
