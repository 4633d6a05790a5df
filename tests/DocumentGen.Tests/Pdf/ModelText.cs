using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Tests.Pdf;

/// <summary>The characters a document's blocks should put on its pages, in reading order, whitespace removed.</summary>
internal static class ModelText
{
    public static string Of(OfficialDocument document) => RenderedPdf.Squeeze(string.Concat(document.Blocks.Select(Of)));

    private static string Of(Block block) => block switch
    {
        TitleBlock t => string.Concat(t.Lines),
        NumberBlock n => n.Text,
        ParagraphBlock p => string.Concat(p.Runs.Select(r => r.Text)),
        HeadingBlock h => h.Text,
        TableBlock t => string.Concat(t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Runs).Select(r => r.Text)),
        SignatureBlock s => $"{s.Organ}{s.Date.Year}年{s.Date.Month}月{s.Date.Day}日",
        VerificationBlock v => $"验证码：{v.Code}",
        _ => "",
    };
}
