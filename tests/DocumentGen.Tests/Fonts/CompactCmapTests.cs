using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Tests.Fonts;

public class CompactCmapTests
{
    [Theory]
    [InlineData(FontRole.Body, 0)]
    [InlineData(FontRole.Body, 1)]
    [InlineData(FontRole.Heading, 0)]
    [InlineData(FontRole.Kai, 0)]
    public void The_rewritten_font_maps_every_character_to_the_same_glyph(FontRole role, int index)
    {
        var original = FontFaceCache.Load(DocumentRendererOptions.DefaultFonts[role][index].Path);
        var rewritten = new TrueTypeFace(-1, "rewritten", original.PdfBytes);
        Assert.NotSame(original.PdfBytes, File.ReadAllBytes(original.Path));
        for (int c = 0; c < 0xFFFF; c++)
            Assert.True(original.GlyphIndex(c) == rewritten.GlyphIndex(c), $"U+{c:X4}: {original.GlyphIndex(c)} vs {rewritten.GlyphIndex(c)}");
        Assert.Equal(original.Advance('中'), rewritten.Advance('中'));
    }
}
