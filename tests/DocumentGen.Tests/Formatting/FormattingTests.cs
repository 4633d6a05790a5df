using Reconsideration.DocumentGen.Formatting;

namespace Reconsideration.DocumentGen.Tests.Formatting;

public class FormattingTests
{
    [Theory]
    [InlineData(2026, 3, 1, "2026年3月1日")]
    [InlineData(2026, 10, 10, "2026年10月10日")]
    [InlineData(2025, 12, 31, "2025年12月31日")]
    public void Dates_are_not_padded(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ChineseDates.Format(new DateOnly(year, month, day)));

    [Fact]
    public void Times_drop_minutes_on_the_hour()
    {
        Assert.Equal("2026年3月10日9时30分", ChineseDates.Format(new DateTime(2026, 3, 10, 9, 30, 0)));
        Assert.Equal("2026年3月10日15时", ChineseDates.Format(new DateTime(2026, 3, 10, 15, 0, 0)));
    }

    [Theory]
    [InlineData("2026/3/1")]
    [InlineData("2026-3-1")]
    [InlineData("三月一日")]
    public void Only_iso_dates_are_read(string text) =>
        Assert.Contains("2026-03-01", Assert.Throws<FormatException>(() => ChineseDates.ParseIsoDate(text)).Message);

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(16, "十六")]
    [InlineData(20, "二十")]
    [InlineData(64, "六十四")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(124, "一百二十四")]
    [InlineData(1005, "一千零五")]
    public void Numerals_read_as_in_article_citations(int number, string expected) =>
        Assert.Equal(expected, ChineseNumerals.ToChinese(number));

    [Theory]
    [InlineData(1, 1, "一、")]
    [InlineData(1, 12, "十二、")]
    [InlineData(2, 3, "（三）")]
    [InlineData(3, 4, "4.")]
    [InlineData(4, 2, "（2）")]
    public void Headings_follow_the_four_levels(int level, int number, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Heading(level, number));

    [Theory]
    [InlineData("5000", "5000元", "伍仟元整")]
    [InlineData("20000", "20000元", "贰万元整")]
    [InlineData("1234.5", "1234.50元", "壹仟贰佰叁拾肆元伍角")]
    [InlineData("1005.07", "1005.07元", "壹仟零伍元零柒分")]
    [InlineData("100005", "100005元", "壹拾万零伍元整")]
    [InlineData("200000500", "200000500元", "贰亿零伍佰元整")]
    [InlineData("0.5", "0.50元", "伍角")]
    public void Amounts_in_figures_and_in_capitals(string amount, string figures, string capitals)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(figures, ChineseAmounts.Yuan(value));
        Assert.Equal(capitals, ChineseAmounts.Upper(value));
    }

    [Theory]
    [InlineData("male", "男")]
    [InlineData("F", "女")]
    [InlineData("女", "女")]
    public void Sex_in_chinese(string value, string expected) => Assert.Equal(expected, PersonalDetails.Sex(value));

    [Fact]
    public void Unknown_sex_says_what_to_write() =>
        Assert.Contains("male 或 female", Assert.Throws<FormatException>(() => PersonalDetails.Sex("x")).Message);

    [Theory]
    [InlineData("360102199007141528", "360102********1528")]
    [InlineData("36010219900714152X", "360102********152X")]
    [InlineData("A1234567", "A******7")]
    public void Id_numbers_keep_region_and_last_four(string id, string expected) =>
        Assert.Equal(expected, PersonalDetails.MaskIdNumber(id));
}
