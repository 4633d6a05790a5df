using Reconsideration.Host.Features.Staff.Services.Admin;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Features.Staff.Admin;

/// <summary>The State Council's notices for 2025 and 2026 as published, read into the years DOMAIN.md §8 lists (and the shipped files hold).</summary>
public sealed class HolidayNoticeParserTests
{
    private const string Notice2026 = """
        国务院办公厅关于2026年部分节假日安排的通知
        国办发明电〔2025〕7号
        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
        一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
        二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
        三、清明节：4月4日（周六）至6日（周一）放假，共3天。
        四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
        五、端午节：6月19日（周五）至21日（周日）放假，共3天。
        六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
        七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
        节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。
        """;

    private const string Notice2025 = """
        国务院办公厅关于2025年部分节假日安排的通知
        国办发明电〔2024〕12号
        一、元旦：1月1日（周三）放假1天，不调休。
        二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
        三、清明节：4月4日（周五）至6日（周日）放假，共3天。
        四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
        五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
        六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
        """;

    [Theory]
    [InlineData(Notice2026, 2026, "国办发明电〔2025〕7号")]
    [InlineData(Notice2025, 2025, "国办发明电〔2024〕12号")]
    public void The_notice_gives_the_same_year_as_the_shipped_data(string text, int year, string number)
    {
        var notice = HolidayNoticeParser.Parse(text);

        Assert.Equal(year, notice.Year);
        Assert.StartsWith(number, notice.Source);
        var parsed = notice.ToYear();
        var shipped = BusinessCalendar.Default.Holidays(year)!;
        Assert.Equal(shipped.DaysOff.Order(), parsed.DaysOff.Order());
        Assert.Equal(shipped.WorkingWeekendDays.Order(), parsed.WorkingWeekendDays.Order());
    }

    [Fact]
    public void Each_holiday_is_a_line_with_its_days_off_and_its_working_days()
    {
        var lines = HolidayNoticeParser.Parse(Notice2025).Lines;

        Assert.Equal(["元旦", "春节", "清明节", "劳动节", "端午节", "国庆节、中秋节"], lines.Select(l => l.Holiday));
        Assert.Equal(new HolidayNoticeLine("元旦", new(2025, 1, 1), new(2025, 1, 1), []), lines[0] with { WorkDays = [] });
        Assert.Equal((new DateOnly(2025, 5, 31), new DateOnly(2025, 6, 2)), (lines[4].OffFrom, lines[4].OffTo));
        Assert.Equal([new DateOnly(2025, 1, 26), new DateOnly(2025, 2, 8)], lines[1].WorkDays);
    }

    [Fact]
    public void A_weekday_that_does_not_match_the_year_is_refused_naming_the_date()
    {
        var wrongYear = Notice2026.Replace("国务院办公厅关于2026年部分节假日安排的通知", "");

        var error = Assert.Throws<HolidayDataException>(() => HolidayNoticeParser.Parse(wrongYear, 2027));

        Assert.Contains("1月1日标注为“周四”，但2027年1月1日是周五", error.Message);
    }

    [Fact]
    public void A_year_other_than_the_titles_or_text_without_holidays_is_refused_in_Chinese()
    {
        Assert.Contains("所选年份是2025年", Assert.Throws<HolidayDataException>(() => HolidayNoticeParser.Parse(Notice2026, 2025)).Message);
        Assert.Contains("没有找到节假日安排", Assert.Throws<HolidayDataException>(() => HolidayNoticeParser.Parse("国务院办公厅关于2027年部分节假日安排的通知\n今天天气很好。")).Message);
        Assert.Contains("请填写年份", Assert.Throws<HolidayDataException>(() => HolidayNoticeParser.Parse("元旦：1月1日（周四）放假1天。")).Message);
    }

    [Fact]
    public void A_working_day_on_a_weekday_is_caught_when_the_year_is_checked()
    {
        var notice = HolidayNoticeParser.Parse("元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月5日（周一）上班。", 2026);

        Assert.Throws<HolidayDataException>(notice.ToYear);
    }
}
