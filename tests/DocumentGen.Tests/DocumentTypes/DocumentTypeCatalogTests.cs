using System.Text.RegularExpressions;
using Reconsideration.DocumentGen.Templates;

namespace Reconsideration.DocumentGen.Tests.DocumentTypes;

public class DocumentTypeCatalogTests
{
    private static readonly DocumentComposer Composer = new();

    [Fact]
    public void Every_statutory_document_of_the_domain_table_is_a_type()
    {
        string[] required =
        [
            "receipt-of-materials", "oral-application-record", "correction-notice", "acceptance-notice",
            "refusal-decision", "reply-notice", "third-party-notice", "hearing-notice", "suspension-notice",
            "resumption-notice", "extension-notice", "dismissal-decision", "termination-decision",
            "mediation-agreement", "decision", "opinion-letter", "performance-order", "service-receipt",
        ];
        Assert.All(required, key => Assert.True(Composer.Catalog.TryGet(key, out _), key));
        Assert.Equal("行政复议决定书", Composer.Catalog.Get("decision").ChineseName);
        Assert.Equal("决", Composer.Catalog.Get("decision").TypeCode);
    }

    [Fact]
    public void Keys_are_lower_case_hyphenated_and_unique_and_each_has_a_template_and_a_sample()
    {
        var keys = Composer.Catalog.All.Select(type => type.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(Composer.Catalog.All, type =>
        {
            Assert.Matches(new Regex("^[a-z]+(-[a-z]+)*$"), type.Key);
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Templates", type.TemplateName + ".liquid")), type.Key);
            Assert.True(File.Exists(type.SamplePath), type.SamplePath);
            Assert.NotEmpty(type.Articles);
        });
    }

    [Fact]
    public void Type_codes_are_unique_where_present()
    {
        var codes = Composer.Catalog.All.Where(type => type.TypeCode is not null).Select(type => type.TypeCode).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Null(Composer.Catalog.Get("service-receipt").TypeCode);
    }

    [Fact]
    public void An_unknown_key_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => Composer.Catalog.Get("verdict"));
        Assert.Contains("decision", error.Message);
    }
}
