using System.Text;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Tests.Pdf;

public class PdfOutputTests
{
    private static readonly Lazy<RenderedPdf> Decision = new(() => TestRenderer.Render(SampleDocuments.Decision()));

    [Fact]
    public void Pages_are_A4()
    {
        Assert.True(Decision.Value.Pages.Count >= 3);
        Assert.All(Decision.Value.Pages, p =>
        {
            Assert.Equal(595.28, p.Width, 0.5);
            Assert.Equal(841.89, p.Height, 0.5);
        });
    }

    [Fact]
    public void Text_extracts_exactly_as_written_in_the_model()
    {
        Assert.Equal(ModelText.Of(SampleDocuments.Decision()), Decision.Value.BodyText);
    }

    [Fact]
    public void Fonts_are_embedded_as_TrueType_subsets_never_Type3()
    {
        string raw = Encoding.Latin1.GetString(Decision.Value.Bytes);
        Assert.DoesNotContain("/Type3", raw);
        Assert.Contains("/FontFile2", raw);
        Assert.Contains("/CIDFontType2", raw);
        var fontNames = Decision.Value.Pages.SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fontNames);
        Assert.All(fontNames, name => Assert.Matches("^[A-Z]{6}\\+", name));
        // Body (Song), heading (Droid Sans Fallback) and kai (KaitiM) faces all appear.
        Assert.Contains(fontNames, n => n!.Contains("SungtiL"));
        Assert.Contains(fontNames, n => n!.Contains("Droid"));
        Assert.Contains(fontNames, n => n!.Contains("Kaiti"));
    }

    [Fact]
    public void Metadata_round_trips()
    {
        var pdf = Decision.Value;
        Assert.Equal("行政复议决定书", pdf.Title);
        Assert.Equal("红河区人民政府", pdf.Author);
        Assert.Equal("红府复决〔2026〕12号", pdf.Subject);
        Assert.NotNull(pdf.CreationDate);
        var created = DateTimeOffset.ParseExact(pdf.CreationDate![2..16], "yyyyMMddHHmmss", null,
            System.Globalization.DateTimeStyles.AssumeLocal);
        Assert.Equal(SampleDocuments.Metadata.Created.LocalDateTime, created.DateTime);
    }

    [Fact]
    public void Page_numbers_alternate_sides_one_character_in_from_the_block()
    {
        var pages = Decision.Value.Pages;
        double blockLeft = 28 * 72 / 25.4, blockRight = (28 + 156) * 72 / 25.4;
        for (int i = 0; i < pages.Count; i++)
        {
            int number = i + 1;
            Assert.Equal($"—{number}—", pages[i].FooterText);
            var footer = pages[i].Footer.ToList();
            if (number % 2 == 1)
                Assert.Equal(blockRight - 14, footer.Max(l => l.EndBaseLine.X), 1.0);
            else
                Assert.Equal(blockLeft + 14, footer.Min(l => l.StartBaseLine.X), 1.0);
            // 7 mm below the text block: the number's top (0.88 em above the baseline) is at 269 mm.
            double baselineFromTop = pages[i].Height - footer[0].StartBaseLine.Y;
            Assert.Equal(269 * 72 / 25.4 + 0.88 * 14, baselineFromTop, 0.5);
        }
    }

    [Fact]
    public void Body_is_on_the_grid_of_22_lines_and_28_characters()
    {
        var page = Decision.Value.Pages[2];
        var baselines = page.Body.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().OrderByDescending(y => y).ToList();
        double pitch = 225 * 72 / 25.4 / 22;
        for (int i = 1; i < baselines.Count; i++)
        {
            double lines = (baselines[i - 1] - baselines[i]) / pitch;
            Assert.Equal(Math.Round(lines), lines, 0.02);
        }
        // A full line of ideographs is exactly 28 characters wide.
        var lineLengths = page.Lines().Select(l => l.Length);
        Assert.Contains(28, lineLengths);
        Assert.All(lineLengths, n => Assert.True(n <= 28 + 10, $"line of {n} letters"));
    }

    [Fact]
    public void No_rendered_line_starts_with_a_closing_mark()
    {
        foreach (var page in Decision.Value.Pages)
            foreach (var line in page.Lines())
                Assert.False(Reconsideration.DocumentGen.Text.CharClasses.IsCloser(line[0]), $"line starts with a closing mark: {line}");
    }

    [Fact]
    public void Concurrent_renders_give_the_same_text()
    {
        var document = SampleDocuments.Decision();
        var texts = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => new RenderedPdf(TestRenderer.Instance.Render(document)).BodyText).ToList();
        Assert.All(texts, t => Assert.Equal(ModelText.Of(document), t));
    }

    [Fact]
    public void Render_to_a_stream_leaves_it_open_and_writes_a_pdf()
    {
        using var stream = new MemoryStream();
        TestRenderer.Instance.Render(new OfficialDocument(SampleDocuments.Metadata, [SampleDocuments.Body("短文。")]), stream);
        Assert.True(stream.CanWrite);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(stream.ToArray(), 0, 4));
    }
}
