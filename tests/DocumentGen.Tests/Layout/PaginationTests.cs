using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Tests.Pdf;

namespace Reconsideration.DocumentGen.Tests.Layout;

public class PaginationTests
{
    private static OfficialDocument Document(params Block[] blocks) => new(SampleDocuments.Metadata, blocks);

    private static IEnumerable<Block> ShortParagraphs(int count) =>
        Enumerable.Range(1, count).Select(i => (Block)SampleDocuments.Body($"第{i}段。"));

    [Fact]
    public void Twenty_two_body_lines_fill_a_page_and_the_twenty_third_starts_the_next()
    {
        var pdf = TestRenderer.Render(Document(ShortParagraphs(23).ToArray()));
        Assert.Equal(2, pdf.Pages.Count);
        Assert.Equal(22, pdf.Pages[0].Lines().Count);
        Assert.Equal(["第23段。"], pdf.Pages[1].Lines());
    }

    [Fact]
    public void Keep_with_next_moves_a_heading_at_the_page_end_to_the_next_page_with_its_paragraph()
    {
        var blocks = ShortParagraphs(21).Append(new HeadingBlock(1, "二、本机关认为")).Append(SampleDocuments.Body("正文。")).ToArray();
        var pdf = TestRenderer.Render(Document(blocks));
        Assert.Equal(21, pdf.Pages[0].Lines().Count);
        Assert.Equal(["二、本机关认为", "正文。"], pdf.Pages[1].Lines());
    }

    [Fact]
    public void Without_keep_with_next_the_paragraph_would_stay_on_the_last_line()
    {
        var blocks = ShortParagraphs(21).Append(SampleDocuments.Body("二、本机关认为")).Append(SampleDocuments.Body("正文。")).ToArray();
        var pdf = TestRenderer.Render(Document(blocks));
        Assert.Equal(22, pdf.Pages[0].Lines().Count);
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var pdf = TestRenderer.Render(Document(SampleDocuments.Body("甲。"), new PageBreakBlock(), SampleDocuments.Body("乙。")));
        Assert.Equal(["甲。"], pdf.Pages[0].Lines());
        Assert.Equal(["乙。"], pdf.Pages[1].Lines());
    }

    [Fact]
    public void Table_header_rows_repeat_on_every_page()
    {
        var rows = new List<TableRow> { SampleDocuments.Row(true, "序号", "证据名称") };
        rows.AddRange(Enumerable.Range(1, 60).Select(i => SampleDocuments.Row(false, i.ToString(), $"证据材料{i}")));
        var table = new TableBlock([1, 4], rows, HeaderRows: 1);
        var document = Document(table);
        var pdf = TestRenderer.Render(document);
        Assert.True(pdf.Pages.Count >= 2);
        foreach (var page in pdf.Pages)
            Assert.StartsWith("序号证据名称", page.BodyText);
        // Every body row appears once, in order.
        string rowsText = string.Concat(pdf.Pages.Select(p => p.BodyText.Replace("序号证据名称", "")));
        Assert.Equal(string.Concat(Enumerable.Range(1, 60).Select(i => $"{i}证据材料{i}")), rowsText);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_across_pages()
    {
        string longText = string.Concat(Enumerable.Repeat("本机关认为被申请人作出的行政处罚决定事实清楚证据确凿。", 60));
        var table = new TableBlock([1, 3], [SampleDocuments.Row(true, "项目", "内容"), SampleDocuments.Row(false, "理由", longText)], HeaderRows: 1);
        var pdf = TestRenderer.Render(Document(table));
        Assert.True(pdf.Pages.Count >= 2);
        Assert.StartsWith("项目内容", pdf.Pages[1].BodyText);
        Assert.Equal(ModelText.Of(Document(table)), pdf.BodyText.Replace("项目内容", "").Insert(0, "项目内容"));
    }

    [Fact]
    public void Column_and_row_spans_place_text_in_reading_order()
    {
        var table = new TableBlock([1, 1, 1],
        [
            new TableRow([new TableCell([new TextRun("合并标题")], ColumnSpan: 3)]),
            new TableRow([new TableCell([new TextRun("跨两行")], RowSpan: 2), new TableCell([new TextRun("甲")]), new TableCell([new TextRun("乙")])]),
            new TableRow([new TableCell([new TextRun("丙")]), new TableCell([new TextRun("丁")])]),
        ]);
        var pdf = TestRenderer.Render(Document(table));
        Assert.Equal("合并标题跨两行甲乙丙丁", pdf.BodyText);
        var lines = pdf.Pages[0].Lines();
        Assert.Equal("合并标题", lines[0]);
    }
}
