using Reconsideration.DocumentGen.Numbering;

namespace Reconsideration.DocumentGen.Tests.Numbering;

public class DocumentNumberFormatTests
{
    private static readonly DocumentNumberFormat Shipped =
        new(NumberingOptions.Load(Path.Combine(AppContext.BaseDirectory, "Templates", "numbering.json")));

    [Theory]
    [InlineData("decision", 2026, 12, "红府复决〔2026〕12号")]
    [InlineData("acceptance-notice", 2026, 1, "红府复受〔2026〕1号")]
    [InlineData("refusal-decision", 2026, 7, "红府复不受〔2026〕7号")]
    [InlineData("correction-notice", 2025, 105, "红府复补〔2025〕105号")]
    public void Formats_with_the_shipped_configuration(string typeKey, int year, int serial, string expected) =>
        Assert.Equal(expected, Shipped.Format(typeKey, year, serial));

    [Fact]
    public void The_case_number_has_no_type_code() =>
        Assert.Equal("红府复〔2026〕12号", Shipped.FormatCaseNumber(2026, 12));

    [Theory]
    [InlineData("红府复决〔2026〕12号", "决", 2026, 12)]
    [InlineData("红府复不受〔2026〕3号", "不受", 2026, 3)]
    [InlineData("红府复受〔2026〕3号", "受", 2026, 3)]
    [InlineData("红府复〔2026〕40号", "", 2026, 40)]
    public void Parses_what_it_formats(string text, string code, int year, int serial)
    {
        var number = Shipped.Parse(text);
        Assert.Equal(new DocumentNumber("红", code, year, serial), number);
        Assert.Equal(text, Shipped.Format(number));
    }

    [Theory]
    [InlineData("红府复决〔2026〕012号")]
    [InlineData("红府复决〔2026〕第12号")]
    [InlineData("红府复决[2026]12号")]
    [InlineData("红府复决（2026）12号")]
    [InlineData("蓝府复决〔2026〕12号")]
    [InlineData("红府复查〔2026〕12号")]
    [InlineData("红府复决〔2026〕0号")]
    public void Rejects_padding_di_wrong_brackets_other_places_and_unknown_codes(string text)
    {
        Assert.False(Shipped.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => Shipped.Parse(text));
        Assert.Contains("〔〕", error.Message);
    }

    [Fact]
    public void Serials_are_never_padded_and_must_be_positive()
    {
        Assert.Equal("红府复决〔2026〕5号", Shipped.Format("decision", 2026, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.Format("decision", 2026, 0));
    }

    [Fact]
    public void Prefix_pattern_and_codes_come_from_configuration()
    {
        var format = new DocumentNumberFormat(new NumberingOptions
        {
            Place = "星",
            Pattern = "{place}政复{code}〔{year}〕{serial}号",
            Codes = new Dictionary<string, string> { ["decision"] = "决字", ["acceptance-notice"] = "受字" },
        });

        Assert.Equal("星政复决字〔2026〕12号", format.Format("decision", 2026, 12));
        Assert.Equal("decision", format.TypeKeyFor(format.Parse("星政复决字〔2026〕12号").TypeCode));
        Assert.Null(format.CodeFor("service-receipt"));
        Assert.Throws<ArgumentException>(() => format.Format("service-receipt", 2026, 1));
    }

    [Fact]
    public void Each_numbered_type_has_its_own_code()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentNumberFormat(new NumberingOptions
        {
            Place = "红",
            Pattern = "{place}府复{code}〔{year}〕{serial}号",
            Codes = new Dictionary<string, string> { ["decision"] = "决", ["dismissal-decision"] = "决" },
        }));
        Assert.Contains("重复", error.Message);
    }

    [Fact]
    public void A_pattern_without_the_serial_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new DocumentNumberFormat(new NumberingOptions
        {
            Place = "红",
            Pattern = "{place}府复{code}〔{year}〕号",
            Codes = new Dictionary<string, string>(),
        }));
    }
}
