using System.Globalization;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Tests.Calendar;

public class HolidayYearTests
{
    [Fact]
    public void Parses_the_documented_format()
    {
        var year = HolidayYear.Parse("""
            # 国办发明电〔2025〕7号 国务院办公厅关于2026年部分节假日安排的通知
            off: 2026-01-01..2026-01-03
            off: 2026-02-15..2026-02-23
            work: 2026-01-04
            """);

        Assert.Equal(2026, year.Year);
        Assert.Equal("国办发明电〔2025〕7号 国务院办公厅关于2026年部分节假日安排的通知", year.Source);
        Assert.Equal(12, year.DaysOff.Count);
        Assert.Contains(D("2026-02-23"), year.DaysOff);
        Assert.Equal([D("2026-01-04")], year.WorkingWeekendDays);
    }

    [Fact]
    public void Accepts_lists_inline_comments_windows_line_ends_and_a_full_width_colon()
    {
        var year = HolidayYear.Parse("\uFEFFoff: 2024-01-01, 2024-02-10..2024-02-17   # 元旦、春节\r\nwork：2024-02-04\r\n");

        Assert.Equal(2024, year.Year);
        Assert.Equal(9, year.DaysOff.Count);
        Assert.Contains(D("2024-02-04"), year.WorkingWeekendDays);
        Assert.Equal("", year.Source);
    }

    [Theory]
    [InlineData("# 通知\noff: 2026-01-01\noff: 2025-12-31", 3, "2025-12-31 不属于2026年")]
    [InlineData("off: 2026-12-31..2027-01-01", 1, "2027-01-01 不属于2026年")]
    [InlineData("off: 2026-02-30", 1, "无法识别的日期“2026-02-30”")]
    [InlineData("off: 2026/10/01", 1, "无法识别的日期“2026/10/01”")]
    [InlineData("off: 2026-01-01\nholiday: 2026-01-02", 2, "无法识别的关键字“holiday”")]
    [InlineData("work: 2026-01-05", 1, "2026-01-05 是星期一，不是周六或周日")]
    [InlineData("off: 2026-10-01..2026-10-07\n\nwork: 2026-10-03", 3, "2026-10-03 既列为放假（第1行）又列为调休上班")]
    [InlineData("work: 2026-10-10\noff: 2026-10-10", 2, "2026-10-10 既列为调休上班（第1行）又列为放假")]
    [InlineData("off 2026-10-01", 1, "缺少冒号")]
    [InlineData("off: 2026-10-07..2026-10-01", 1, "结束日早于开始日")]
    [InlineData("# 通知\n\noff:", 3, "“off:”后缺少日期")]
    public void Bad_lines_are_reported_with_their_number(string text, int line, string problem)
    {
        var error = Assert.Throws<HolidayDataException>(() => HolidayYear.Parse(text));

        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"第{line}行：", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_file_without_dates_has_no_year()
    {
        var error = Assert.Throws<HolidayDataException>(() => HolidayYear.Parse("# 只有注释\n"));

        Assert.Null(error.LineNumber);
        Assert.Contains("无法确定年份", error.Message);
    }

    [Fact]
    public void The_expected_year_is_enforced()
    {
        var error = Assert.Throws<HolidayDataException>(() => HolidayYear.Parse("off: 2026-10-01", 2027));

        Assert.Contains("2026-10-01 不属于2027年", error.Message);
    }

    [Theory]
    [InlineData(2024, 28, 8, "国办发明电〔2023〕7号 国务院办公厅关于2024年部分节假日安排的通知")]
    [InlineData(2025, 28, 5, "国办发明电〔2024〕12号 国务院办公厅关于2025年部分节假日安排的通知")]
    [InlineData(2026, 33, 6, "国办发明电〔2025〕7号 国务院办公厅关于2026年部分节假日安排的通知")]
    public void The_shipped_years_match_the_State_Council_notices(int year, int daysOff, int workingWeekendDays, string source)
    {
        var calendar = BusinessCalendar.Default;
        Assert.True(calendar.HasDataFor(year));

        var parsed = HolidayYear.Parse(ShippedText(year));

        Assert.Equal(daysOff, parsed.DaysOff.Count);
        Assert.Equal(workingWeekendDays, parsed.WorkingWeekendDays.Count);
        Assert.Equal(source, parsed.Source);
    }

    [Fact]
    public void The_default_calendar_holds_2024_to_2026()
    {
        Assert.Equal([2024, 2025, 2026], BusinessCalendar.Default.Years);
    }

    private static string ShippedText(int year)
    {
        var assembly = typeof(BusinessCalendar).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Reconsideration.Workflows.Calendar.Data.{year}.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
