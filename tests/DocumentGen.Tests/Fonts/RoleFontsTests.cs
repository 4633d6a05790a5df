using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Tests.Pdf;

namespace Reconsideration.DocumentGen.Tests.Fonts;

public class RoleFontsTests
{
    private static readonly RoleFonts Fonts = new(DocumentRendererOptions.DefaultFonts);
    private static readonly string Gbsn = DocumentRendererOptions.DefaultFonts[FontRole.Body][0].Path;
    private static readonly string WenKai = DocumentRendererOptions.DefaultFonts[FontRole.Body][1].Path;

    [Fact]
    public void A_character_no_font_of_the_role_has_is_an_error_naming_it_and_the_role()
    {
        var document = new OfficialDocument(SampleDocuments.Metadata, [SampleDocuments.Body("申请人：张\U0010FFFD三")]);
        var error = Assert.Throws<MissingGlyphException>(() => TestRenderer.Instance.Render(document));
        Assert.Equal(0x10FFFD, error.CodePoint);
        Assert.Equal(FontRole.Body, error.Role);
        Assert.Contains("U+10FFFD", error.Message);
        Assert.Contains("Body", error.Message);
        Assert.Contains("\U0010FFFD", error.Message);
    }

    [Fact]
    public void A_character_the_first_font_lacks_comes_from_the_fallback_and_extracts()
    {
        var gbsn = FontFaceCache.Load(Gbsn);
        var wenKai = FontFaceCache.Load(WenKai);
        // The first ideograph the Song face lacks but WenKai has (e.g. a rare character in a name).
        int rare = Enumerable.Range(0x4E00, 0x9FA5 - 0x4E00).First(c => gbsn.GlyphIndex(c) == 0 && wenKai.GlyphIndex(c) != 0);
        Assert.Equal(wenKai, Fonts.Resolve(FontRole.Body, rare, bold: false).Face);

        string text = $"申请人：王{char.ConvertFromUtf32(rare)}明。";
        var pdf = TestRenderer.Render(new OfficialDocument(SampleDocuments.Metadata, [SampleDocuments.Body(text)]));
        Assert.Equal(text, pdf.BodyText);
        var letter = pdf.Pages[0].Body.Single(l => l.Value == char.ConvertFromUtf32(rare));
        Assert.Contains("WenKai", letter.FontName);
        Assert.Contains("SungtiL", pdf.Pages[0].Body.First().FontName);
    }

    [Fact]
    public void Heading_digits_fall_back_per_character_from_Droid_Sans_Fallback()
    {
        var droid = FontFaceCache.Load(DocumentRendererOptions.DefaultFonts[FontRole.Heading][0].Path);
        Assert.Equal(0, droid.GlyphIndex('2'));
        Assert.Equal(droid, Fonts.Resolve(FontRole.Heading, '第', bold: false).Face);
        Assert.NotEqual(droid, Fonts.Resolve(FontRole.Heading, '2', bold: false).Face);

        var pdf = TestRenderer.Render(new OfficialDocument(SampleDocuments.Metadata, [new HeadingBlock(1, "第2条")]));
        Assert.Equal("第2条", pdf.BodyText);
        var letters = pdf.Pages[0].Body.ToList();
        Assert.Contains("Droid", letters[0].FontName);
        Assert.Contains("SungtiL", letters[1].FontName);
    }

    [Fact]
    public void Titles_are_emboldened_song_and_bold_runs_simulate_bold_on_regular_faces()
    {
        var title = Fonts.Resolve(FontRole.Title, '行', bold: false);
        Assert.True(title.SimulateBold);
        Assert.Equal(Gbsn, title.Face.Path);
        Assert.True(Fonts.Resolve(FontRole.Body, '行', bold: true).SimulateBold);
        Assert.False(Fonts.Resolve(FontRole.Body, '行', bold: false).SimulateBold);
    }

    [Fact]
    public void A_missing_font_file_is_reported_with_its_path()
    {
        var fonts = new Dictionary<FontRole, IReadOnlyList<FontFaceFile>>(DocumentRendererOptions.DefaultFonts)
        {
            [FontRole.Kai] = [new FontFaceFile("/nonexistent/kai.ttf")],
        };
        var error = Assert.Throws<FileNotFoundException>(() => new DocumentRenderer(new DocumentRendererOptions { Fonts = fonts }));
        Assert.Contains("/nonexistent/kai.ttf", error.Message);
    }
}
