using System.Globalization;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Tests.Calendar;

public class CalendarPeriodTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default;

    [Fact]
    public void A_15_day_window_ending_on_a_holiday_rolls_to_the_next_working_day()
    {
        var result = Calendar.AddCalendarDays(D("2026-09-18"), 15);

        Assert.Equal(D("2026-10-08"), result.Date);
        Assert.False(result.Provisional);
        Assert.Contains("第15日为2026年10月3日，系法定节假日，顺延至其后第一个工作日2026年10月8日", result.Explanation);
        Assert.Contains("《民事诉讼法》第八十五条", result.Explanation);
    }

    [Theory]
    [InlineData("2026-03-02", 15, "2026-03-17")] // ends on a Tuesday: no roll
    [InlineData("2026-03-04", 10, "2026-03-16")] // ends on Saturday 03-14: rolled over the weekend
    [InlineData("2025-09-13", 15, "2025-09-28")] // ends on a make-up Sunday, which is a working day
    [InlineData("2026-09-30", 1, "2026-10-08")] // starts the day before a holiday block
    [InlineData("2026-10-07", 1, "2026-10-08")]
    [InlineData("2025-11-02", 60, "2026-01-04")] // across New Year onto the make-up Sunday
    public void Calendar_days_count_from_the_day_after_the_start(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddCalendarDays(D(start), days).Date);
    }

    [Fact]
    public void Weekend_roll_over_is_explained_as_such()
    {
        var result = Calendar.AddCalendarDays(D("2026-03-04"), 10);

        Assert.Contains("系周末休息日，顺延至其后第一个工作日2026年3月16日", result.Explanation);
    }

    [Fact]
    public void The_60_day_decision_period_rolls_over_labour_day()
    {
        // accepted on 2 March 2026: day 60 is 1 May, a holiday until 5 May
        var result = Calendar.AddCalendarDays(D("2026-03-02"), 60);

        Assert.Equal(D("2026-05-06"), result.Date);
        Assert.Contains("第60日为2026年5月1日", result.Explanation);
    }

    [Fact]
    public void A_period_ending_on_a_working_day_is_not_rolled()
    {
        var result = Calendar.AddCalendarDays(D("2026-03-02"), 15);

        Assert.Equal("自2026年3月2日起算（当日不计入），第15日为2026年3月17日，即期间届满日（《行政复议法》第八十八条、《民事诉讼法》第八十五条）", result.Explanation);
    }

    [Fact]
    public void A_last_day_in_an_unloaded_year_is_provisional()
    {
        var result = Calendar.AddCalendarDays(D("2026-12-01"), 31);

        Assert.Equal(D("2027-01-01"), result.Date);
        Assert.True(result.Provisional);
        Assert.EndsWith("（暂定：2027年节假日安排尚未载入）", result.Explanation);
    }

    [Fact]
    public void Zero_calendar_days_is_the_start_day_not_rolled()
    {
        Assert.Equal(D("2026-10-01"), Calendar.AddCalendarDays(D("2026-10-01"), 0).Date);
    }

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")] // no 31 February; 28 February 2026 is a make-up Saturday
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")] // leap year
    [InlineData("2026-08-31", 1, "2026-09-30")]
    [InlineData("2025-12-31", 2, "2026-02-28")]
    [InlineData("2026-03-15", 6, "2026-09-15")]
    [InlineData("2026-09-03", 1, "2026-10-08")] // 3 October is a holiday: rolled
    [InlineData("2026-11-30", 1, "2026-12-30")]
    public void Months_end_on_the_corresponding_day_or_the_month_end(string start, int months, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddMonths(D(start), months).Date);
    }

    [Fact]
    public void Month_end_without_a_corresponding_day_is_explained()
    {
        var result = Calendar.AddMonths(D("2026-01-31"), 1);

        Assert.Contains("没有对应日，以该月末日2026年2月28日为最后一日", result.Explanation);
        Assert.Contains("《民法典》第二百零二条", result.Explanation);
    }

    [Fact]
    public void A_month_period_rolling_into_an_unloaded_year_is_provisional()
    {
        var result = Calendar.AddMonths(D("2026-12-02"), 1);

        Assert.Equal(D("2027-01-04"), result.Date); // 2 January 2027 is a Saturday
        Assert.True(result.Provisional);
    }

    [Fact]
    public void Negative_months_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddMonths(D("2026-01-31"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddCalendarDays(D("2026-01-31"), -5));
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
