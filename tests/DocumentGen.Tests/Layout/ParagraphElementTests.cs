using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Layout;
using Reconsideration.DocumentGen.Layout.Elements;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Tests.Layout;

public class ParagraphElementTests
{
    private static readonly RoleFonts Fonts = new(DocumentRendererOptions.DefaultFonts);

    // Ten ideographs of 16 pt in a 80 pt wide column: two lines of five.
    private static ParagraphElement Paragraph(ParagraphStyle style) =>
        new(TextShaper.Shape([new TextRun("一二三四五六七八九十")], Fonts, 16, 1), style);

    [Fact]
    public void Space_before_and_after_add_to_the_height_but_not_at_the_top_of_a_page()
    {
        var paragraph = Paragraph(new ParagraphStyle(ParagraphAlignment.Left, 0, 20, 16, SpaceBefore: 10, SpaceAfter: 6));
        Assert.Equal(10 + 2 * 20 + 6, paragraph.Measure(new Space(80, 500, AtPageTop: false)).Height, 3);
        Assert.Equal(2 * 20 + 6, paragraph.Measure(new Space(80, 500, AtPageTop: true)).Height, 3);
    }

    [Fact]
    public void A_paragraph_splits_by_whole_lines_and_the_remainder_has_the_rest()
    {
        var paragraph = Paragraph(new ParagraphStyle(ParagraphAlignment.Left, 0, 20, 16));
        var fit = paragraph.Measure(new Space(80, 30, AtPageTop: false));
        Assert.Equal(FitKind.Partial, fit.Kind);
        Assert.Equal(20, fit.Height, 3);
        Assert.Equal(Fit.Full(20), fit.Remainder!.Measure(new Space(80, 500, AtPageTop: true)));
    }

    [Fact]
    public void Keep_together_refuses_a_partial_fit_except_at_the_top_of_a_page()
    {
        var paragraph = Paragraph(new ParagraphStyle(ParagraphAlignment.Left, 0, 20, 16, KeepTogether: true));
        var below = paragraph.Measure(new Space(80, 30, AtPageTop: false));
        Assert.Equal(FitKind.None, below.Kind);
        Assert.Contains("同一页", below.Reason);
        Assert.Equal(FitKind.Partial, paragraph.Measure(new Space(80, 30, AtPageTop: true)).Kind);
    }

    [Fact]
    public void Nothing_fits_when_not_even_one_line_does()
    {
        var fit = Paragraph(new ParagraphStyle(ParagraphAlignment.Left, 0, 20, 16)).Measure(new Space(80, 10, AtPageTop: false));
        Assert.Equal(FitKind.None, fit.Kind);
        Assert.Contains("放不进剩余的 10.0 磅", fit.Reason);
    }
}
