using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Templates;

namespace Reconsideration.DocumentGen.Tests.Templates;

public class EscapingTests
{
    private static readonly DocumentComposer Composer = new();

    [Theory]
    [InlineData("A&B<公司>")]
    [InlineData("\"引号\" 'single' </p><p>")]
    [InlineData("{{ organ.name }}{% fail \"x\" %}")]
    [InlineData("<![CDATA[x]]>&amp;&#x41;")]
    [InlineData("𠮷野家（红星）餐饮店")]
    public void Hostile_values_appear_verbatim(string hostile)
    {
        var data = Composer.LoadSample("decision");
        data["applicants"]![0]!["name"] = hostile;
        data["decision"]!["request"] = hostile;

        var document = Composer.Compose("decision", data);

        var paragraphs = document.Blocks.OfType<ParagraphBlock>().Select(DocumentText.Of).ToList();
        Assert.Contains($"申请人：{hostile}，统一社会信用代码91360199MA38K2XQ5T，住所地红星区滨江路126号。", paragraphs);
        Assert.Contains($"申请人请求：{hostile}", paragraphs);
    }

    [Fact]
    public void A_forged_line_marker_in_data_is_dropped_not_interpreted()
    {
        var data = Composer.LoadSample("correction-notice");
        data["correction"]!["items"]![0] = "\uE0009:99\uE001补正事项";

        var text = DocumentText.Of(Composer.Compose("correction-notice", data));

        Assert.Contains("一、9:99补正事项", text);
    }
}
