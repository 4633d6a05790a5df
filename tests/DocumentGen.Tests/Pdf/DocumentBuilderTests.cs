using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Tests.Pdf;

public class DocumentBuilderTests
{
    [Fact]
    public void A_built_document_renders_its_blocks_in_order()
    {
        var document = new DocumentBuilder(SampleDocuments.Metadata)
            .Title("红河区人民政府", "补正通知书")
            .Number("红府复补〔2026〕3号")
            .Paragraph("张三：", indentChars: 0)
            .Paragraph("你提交的行政复议申请材料不齐全，请在十个工作日内补正下列材料：")
            .Table([1, 4], t => t.Header("序号", "材料").Row("1", "身份证复印件").Row("2", "行政行为的证据"))
            .Heading(1, "一、逾期后果")
            .Paragraph(new TextRun("无正当理由逾期不补正的，"), new TextRun("视为放弃行政复议申请", Bold: true), new TextRun("。"))
            .Signature("红河区人民政府", new DateOnly(2026, 3, 12))
            .Build();

        Assert.IsType<TitleBlock>(document.Blocks[0]);
        Assert.Equal(1, Assert.IsType<TableBlock>(document.Blocks[4]).HeaderRows);
        var pdf = TestRenderer.Render(document);
        Assert.Equal(ModelText.Of(document), pdf.BodyText);
        Assert.Contains("2026年3月12日", pdf.BodyText);
    }

    [Fact]
    public void Header_rows_after_data_rows_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new DocumentBuilder(SampleDocuments.Metadata).Table([1], t => t.Row("1").Header("序号")));
        Assert.Contains("表头", error.Message);
    }
}
