using System.Text.Json.Nodes;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Templates;

namespace Reconsideration.DocumentGen.Tests.Templates;

public sealed class TemplateErrorTests : IDisposable
{
    private readonly string _override = Directory.CreateTempSubdirectory("templates-override-").FullName;

    public void Dispose() => Directory.Delete(_override, recursive: true);

    private DocumentComposer ComposerWith(string fileName, string content)
    {
        File.WriteAllText(Path.Combine(_override, fileName), content);
        return new DocumentComposer(new DocumentComposerOptions { OverrideDirectory = _override });
    }

    private static JsonNode Sample(DocumentComposer composer, string key) => composer.LoadSample(key);

    [Fact]
    public void A_liquid_syntax_error_names_the_template_and_line_in_chinese()
    {
        var composer = ComposerWith("correction-notice.liquid", "<document>\n<p>第一行</p>\n<p>{% iff applicants %}拼错的标签</p>\n</document>\n");

        var error = Assert.Throws<TemplateException>(() => composer.Compose("correction-notice", Sample(composer, "correction-notice")));

        Assert.Equal("correction-notice", error.TemplateName);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("模板“correction-notice”第3行：Liquid 语法错误", error.Message);
        Assert.Contains("iff", error.Message);
    }

    [Fact]
    public void A_syntax_error_in_a_partial_names_the_partial()
    {
        var composer = ComposerWith("_remedy.liquid", "<p>如不服本决定，\n可以{{ remedy.court | }}起诉。</p>\n");

        var error = Assert.Throws<TemplateException>(() => composer.Compose("decision", Sample(composer, "decision")));

        Assert.Equal("_remedy", error.TemplateName);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Malformed_markup_is_traced_back_to_the_template_line()
    {
        var composer = ComposerWith("acceptance-notice.liquid",
            "{% comment %}一{% endcomment %}\n<document>\n{% include '_header' %}\n<p>{{ applicants[0].name }}：</q>\n</document>\n");

        var error = Assert.Throws<TemplateException>(() => composer.Compose("acceptance-notice", Sample(composer, "acceptance-notice")));

        Assert.Equal("acceptance-notice", error.TemplateName);
        Assert.Equal(4, error.Line);
        Assert.Contains("文书标记格式错误", error.Message);
    }

    [Fact]
    public void An_unknown_element_is_refused_with_the_list_of_elements()
    {
        var composer = ComposerWith("acceptance-notice.liquid",
            "<document>\n{% include '_header' %}\n<p>正文</p>\n\n<para>正文</para>\n</document>\n");

        var error = Assert.Throws<TemplateException>(() => composer.Compose("acceptance-notice", Sample(composer, "acceptance-notice")));

        Assert.Equal(5, error.Line);
        Assert.Contains("不认识的块标记 <para>", error.Message);
    }

    [Fact]
    public void A_ragged_table_is_refused()
    {
        var composer = ComposerWith("acceptance-notice.liquid",
            "<document>\n<table widths=\"1,2,3\">\n<tr><td>一</td><td colspan=\"2\">二</td></tr>\n<tr><td>只有一格</td></tr>\n</table>\n</document>\n");

        var error = Assert.Throws<TemplateException>(() => composer.Compose("acceptance-notice", Sample(composer, "acceptance-notice")));

        Assert.Equal(4, error.Line);
        Assert.Contains("第2行只占1列", error.Message);
    }

    [Fact]
    public void An_unknown_filter_is_an_error_not_silently_ignored()
    {
        var composer = ComposerWith("acceptance-notice.liquid", "<document>\n<p>{{ issue_date | cn_dat }}</p>\n</document>\n");

        var error = Assert.Throws<TemplateException>(() => composer.Compose("acceptance-notice", Sample(composer, "acceptance-notice")));

        Assert.Equal(2, error.Line);
        Assert.Contains("cn_dat", error.Message);
    }

    [Fact]
    public void A_missing_required_field_names_the_field_and_the_line_of_its_required_tag()
    {
        var composer = new DocumentComposer();
        var data = composer.LoadSample("decision");
        data["decision"]!.AsObject().Remove("facts");

        var error = Assert.Throws<TemplateException>(() => composer.Compose("decision", data));

        var source = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Templates", "decision.liquid"));
        var expectedLine = Array.FindIndex(source, line => line.Contains("{% required decision.facts %}")) + 1;
        Assert.Equal("decision.facts", error.Field);
        Assert.Equal("decision", error.TemplateName);
        Assert.Equal(expectedLine, error.Line);
        Assert.Contains("缺少必填数据“decision.facts”", error.Message);
    }

    [Fact]
    public void A_missing_party_name_is_reported_from_the_party_partial()
    {
        var composer = new DocumentComposer();
        var data = composer.LoadSample("refusal-decision");
        data["applicants"]![0]!.AsObject().Remove("name");

        var error = Assert.Throws<TemplateException>(() => composer.Compose("refusal-decision", data));

        Assert.Equal("_party", error.TemplateName);
        Assert.Equal("party.name", error.Field);
    }

    [Theory]
    [InlineData("organ", "name", "organ.name")]
    [InlineData("case", "serial", "case.serial")]
    public void Fields_the_number_and_metadata_need_are_required_of_every_type(string parent, string name, string field)
    {
        var composer = new DocumentComposer();
        var data = composer.LoadSample("acceptance-notice");
        data[parent]!.AsObject().Remove(name);

        var error = Assert.Throws<TemplateException>(() => composer.Compose("acceptance-notice", data));

        Assert.Equal(field, error.Field);
        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void Badly_written_data_dates_say_how_to_write_them()
    {
        var composer = new DocumentComposer();
        var data = composer.LoadSample("acceptance-notice");
        data["application"]!["received_date"] = "2026/1/6";

        var error = Assert.Throws<TemplateException>(() => composer.Compose("acceptance-notice", data));

        Assert.Contains("2026-03-01 的形式", error.Message);
    }

    [Fact]
    public void Statutory_limits_in_templates_refuse_impossible_data()
    {
        var composer = new DocumentComposer();
        var data = composer.LoadSample("extension-notice");
        data["extension"]!["new_deadline"] = "2026-04-20";

        var error = Assert.Throws<TemplateException>(() => composer.Compose("extension-notice", data));

        Assert.Contains("1至30日", error.Message);
    }

    [Fact]
    public void A_deployment_overrides_one_partial_and_inherits_the_rest()
    {
        var composer = ComposerWith("_remedy.liquid", "<p>本地化的救济告知：15日内起诉。</p>\n");

        var text = DocumentText.Of(composer.Compose("decision", Sample(composer, "decision")));

        Assert.Contains("本地化的救济告知：15日内起诉。", text);
        Assert.Contains("经审理查明：", text);
    }

    [Fact]
    public void A_deployment_overrides_numbering_configuration()
    {
        var composer = ComposerWith("numbering.json",
            """{ "place": "星", "pattern": "{place}府行复{code}〔{year}〕{serial}号", "codes": { "decision": "决字" } }""");

        var document = composer.Compose("decision", Sample(composer, "decision"));

        Assert.Equal("星府行复决字〔2026〕12号", Assert.IsType<NumberBlock>(document.Blocks[1]).Text);
        Assert.Equal("决字", composer.Catalog.Get("decision").TypeCode);
    }

    [Fact]
    public void An_edited_template_applies_to_the_next_document()
    {
        var path = Path.Combine(_override, "acceptance-notice.liquid");
        var composer = ComposerWith("acceptance-notice.liquid", "<document><p>第一版</p></document>");
        Assert.Contains("第一版", DocumentText.Of(composer.Compose("acceptance-notice", Sample(composer, "acceptance-notice"))));

        File.WriteAllText(path, "<document><p>第二版</p></document>");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.Contains("第二版", DocumentText.Of(composer.Compose("acceptance-notice", Sample(composer, "acceptance-notice"))));
    }

    [Fact]
    public void An_edited_partial_applies_to_the_next_document()
    {
        var path = Path.Combine(_override, "_remedy.liquid");
        var composer = ComposerWith("_remedy.liquid", "<p>救济告知第一版</p>\n");
        Assert.Contains("救济告知第一版", DocumentText.Of(composer.Compose("decision", Sample(composer, "decision"))));

        File.WriteAllText(path, "<p>救济告知第二版</p>\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.Contains("救济告知第二版", DocumentText.Of(composer.Compose("decision", Sample(composer, "decision"))));
    }
}
