using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Templates;
using Reconsideration.DocumentGen.Tests.Pdf;
using Reconsideration.DocumentGen.Text;
using UglyToad.PdfPig;

namespace Reconsideration.DocumentGen.Tests.Rendering;

/// <summary>Every document type, from its sample data through the templates and the layout engine to a PDF read back.</summary>
public sealed class DocumentTypePdfTests
{
    private static readonly DocumentComposer Composer = new();
    private static readonly DocumentRenderer Renderer = new(new DocumentRendererOptions { SealPng = DemoSeal.Png });

    public static TheoryData<string> Types() => [.. Composer.Catalog.All.Select(t => t.Key)];

    [Theory]
    [MemberData(nameof(Types))]
    public void The_sample_renders_to_an_A4_pdf_that_extracts_exactly_as_written(string type)
    {
        var model = Composer.Compose(type, Composer.LoadSample(type), new DocumentVerification("7K3M-Q9TX-2HFD-8WPA", "http://127.0.0.1:5080/verify/7K3M-Q9TX-2HFD-8WPA"));
        var pdf = Renderer.Render(model);

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.All(document.GetPages(), page =>
            {
                Assert.Equal(595.3, page.Width, 0.5);
                Assert.Equal(841.9, page.Height, 0.5);
            });
            Assert.Equal(model.Metadata.Title, document.Information.Title);
            Assert.Equal(model.Metadata.Author, document.Information.Author);
            Assert.Equal(model.Metadata.Subject, document.Information.Subject);
        }
        var rendered = new RenderedPdf(pdf);
        Assert.Equal(ModelText.Of(model), rendered.BodyText);
        Assert.Equal(Enumerable.Range(1, rendered.Pages.Count).Select(n => $"—{n}—"), rendered.Pages.Select(p => p.FooterText));
        // 避头尾 in every line of every page: no closing mark starts a line, no opening mark ends one.
        Assert.All(rendered.Pages.SelectMany(p => p.Lines()), line =>
        {
            Assert.False(CharClasses.IsCloser(line[0]), $"行首为闭合标点：{line}");
            Assert.False(CharClasses.IsOpener(line[^1]), $"行尾为开启标点：{line}");
        });
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Fonts_are_embedded_as_TrueType_subsets_never_Type3(string type)
    {
        var pdf = Renderer.Render(Composer.Compose(type, Composer.LoadSample(type)));
        var raw = System.Text.Encoding.Latin1.GetString(pdf);

        Assert.DoesNotContain("/Type3", raw);
        Assert.Contains("/FontFile2", raw);
        Assert.Matches(@"/BaseFont\s*/[A-Z]{6}\+", raw);
        Assert.DoesNotMatch(@"/BaseFont\s*/(?![A-Z]{6}\+)", raw);
    }

    [Fact]
    public void The_decision_runs_over_several_pages_numbered_in_order()
    {
        var pdf = Renderer.Render(Composer.Compose("decision", Composer.LoadSample("decision")));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} 页");
        foreach (var page in document.GetPages())
        {
            var footer = page.GetWords().Where(w => w.BoundingBox.Bottom < 100).OrderBy(w => w.BoundingBox.Left).ToList();
            Assert.Equal($"—{page.Number}—", string.Concat(footer.Select(w => w.Text)).Replace(" ", ""));
            // Odd pages carry the number on the right, even pages on the left (GB/T 9704 7.5).
            var centre = (footer[0].BoundingBox.Left + footer[^1].BoundingBox.Right) / 2;
            Assert.True(page.Number % 2 == 1 ? centre > page.Width / 2 : centre < page.Width / 2, $"第{page.Number}页页码位置 {centre:F0}");
        }
    }
}
