using Reconsideration.DocumentGen.Layout;
using Reconsideration.DocumentGen.Layout.Elements;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Tests.Pdf;

namespace Reconsideration.DocumentGen.Tests.Layout;

public class LayoutErrorTests
{
    private sealed class NullTarget : IPageTarget, ICanvas
    {
        public int Pages;
        public int PageNumber => Pages;
        public ICanvas AddPage(int pageNumber) { Pages = pageNumber; return this; }
        public void DrawText(DocumentGen.Text.TextFont font, string text, double x, double baseline) { }
        public void FillRectangle(double x, double y, double width, double height) { }
        public void DrawLine(double x1, double y1, double x2, double y2, double thickness) { }
        public void DrawImage(byte[] png, double x, double y, double width, double height) { }
        public void Dispose() { }
    }

    [Fact]
    public void An_image_taller_than_the_text_block_is_a_readable_error()
    {
        var geometry = new PageGeometry(PageStyle.GbT9704);
        var content = new ColumnElement([new ImageElement(SampleDocuments.SealPng(), 100, 900)]);
        var error = Assert.Throws<LayoutException>(() => Paginator.Run(content, geometry, new NullTarget()));
        Assert.Contains("图片高 900.0 磅", error.Message);
        Assert.Contains("第 1 页", error.Message);
    }

    [Fact]
    public void An_image_that_does_not_fit_below_text_moves_to_the_next_page()
    {
        var geometry = new PageGeometry(PageStyle.GbT9704);
        var content = new ColumnElement([new SpacerElement(500, keepAtPageTop: true), new ImageElement(SampleDocuments.SealPng(), 100, 300)]);
        var target = new NullTarget();
        Assert.Equal(2, Paginator.Run(content, geometry, target));
    }

    [Fact]
    public void Rows_joined_by_a_row_span_taller_than_a_page_are_a_readable_error()
    {
        string tall = string.Concat(Enumerable.Repeat("很长的内容。", 200));
        var table = new TableBlock([1, 1],
        [
            new TableRow([new TableCell([new TextRun(tall)], RowSpan: 2), new TableCell([new TextRun("甲")])]),
            new TableRow([new TableCell([new TextRun("乙")])]),
        ]);
        var error = Assert.Throws<LayoutException>(() =>
            TestRenderer.Instance.Render(new OfficialDocument(SampleDocuments.Metadata, [table])));
        Assert.Contains("跨行单元格", error.Message);
    }
}
