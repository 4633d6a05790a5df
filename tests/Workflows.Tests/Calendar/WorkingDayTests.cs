using System.Globalization;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Tests.Calendar;

public class WorkingDayTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default;

    [Fact]
    public void Five_working_days_from_24_September_2026_skip_mid_autumn_and_national_day()
    {
        var result = Calendar.AddWorkingDays(D("2026-09-24"), 5);

        Assert.Equal(D("2026-10-09"), result.Date);
        Assert.False(result.Provisional);
        Assert.Equal(
            "自2026年9月24日起算（当日不计入），第5个工作日为2026年10月9日（《行政复议法》第八十八条：期间中的“日”指工作日）",
            result.Explanation);
    }

    [Theory]
    [InlineData("2026-09-30", 1, "2026-10-08")] // the day before the National Day block
    [InlineData("2026-10-07", 1, "2026-10-08")] // starting on the block's last day
    [InlineData("2026-10-08", 1, "2026-10-09")] // the day after the block
    [InlineData("2026-09-24", 10, "2026-10-15")] // counts the make-up Saturday 10-10
    [InlineData("2026-02-13", 3, "2026-02-25")] // make-up Saturday 02-14, then the Spring Festival block
    [InlineData("2026-03-06", 1, "2026-03-09")] // an ordinary weekend
    [InlineData("2026-03-07", 1, "2026-03-09")] // starting on a Saturday
    [InlineData("2026-01-02", 1, "2026-01-04")] // starting on a holiday, the make-up Sunday comes next
    public void Holiday_edges(string start, int days, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days).Date);
    }

    [Theory]
    [InlineData("2026-02-13", "2026-02-14")] // Saturday before the Spring Festival
    [InlineData("2026-02-27", "2026-02-28")] // Saturday after it
    [InlineData("2026-10-09", "2026-10-10")] // Saturday after National Day
    [InlineData("2025-09-26", "2025-09-28")] // the ordinary Saturday is skipped, the make-up Sunday counts
    [InlineData("2024-10-11", "2024-10-12")]
    public void Make_up_weekend_days_count_as_working_days(string start, string expected)
    {
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), 1).Date);
        Assert.True(Calendar.IsWorkingDay(D(expected)));
    }

    [Theory]
    [InlineData("2025-12-30", 3, "2026-01-05")] // 12-31, New Year off 01-01..03, make-up Sunday 01-04, 01-05
    [InlineData("2024-12-31", 1, "2025-01-02")]
    [InlineData("2024-12-27", 3, "2025-01-02")]
    public void Periods_cross_the_year_boundary(string start, int days, string expected)
    {
        var result = Calendar.AddWorkingDays(D(start), days);

        Assert.Equal(D(expected), result.Date);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void A_period_reaching_into_a_year_without_data_is_provisional_and_counts_weekends_only()
    {
        var result = Calendar.AddWorkingDays(D("2026-12-20"), 20);

        // 9 working days left in December 2026, then 2027 on weekends only: 1 January (a Friday) counts
        Assert.Equal(D("2027-01-15"), result.Date);
        Assert.True(result.Provisional);
        Assert.EndsWith("（暂定：2027年节假日安排尚未载入）", result.Explanation);
    }

    [Fact]
    public void New_Year_of_an_unloaded_year_is_a_working_day_provisionally()
    {
        var result = Calendar.AddWorkingDays(D("2026-12-31"), 1);

        Assert.Equal(D("2027-01-01"), result.Date);
        Assert.True(result.Provisional);
        Assert.False(Calendar.HasDataFor(2027));
    }

    [Fact]
    public void A_period_ending_before_the_unloaded_year_is_not_provisional()
    {
        var result = Calendar.AddWorkingDays(D("2026-12-20"), 9);

        Assert.Equal(D("2026-12-31"), result.Date);
        Assert.False(result.Provisional);
        Assert.DoesNotContain("暂定", result.Explanation);
    }

    [Fact]
    public void Several_missing_years_are_all_named()
    {
        var empty = new BusinessCalendar([]);

        var result = empty.AddWorkingDays(D("2026-12-30"), 3);

        Assert.Equal(D("2027-01-04"), result.Date);
        Assert.EndsWith("（暂定：2026年、2027年节假日安排尚未载入）", result.Explanation);
    }

    [Theory]
    [InlineData("2026-09-24")]
    [InlineData("2026-10-01")] // even a holiday: a zero period is the start day itself
    [InlineData("2027-06-01")]
    public void Zero_working_days_is_the_start_day_itself(string start)
    {
        var result = Calendar.AddWorkingDays(D(start), 0);

        Assert.Equal(D(start), result.Date);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void Negative_periods_are_refused_in_Chinese()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2026-09-24"), -1));

        Assert.Contains("期间不能为负数", error.Message);
    }

    [Theory]
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-09", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-11", false)]
    [InlineData("2026-02-14", true)]
    [InlineData("2025-09-27", false)]
    [InlineData("2025-09-28", true)]
    [InlineData("2024-06-10", false)]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-01-02", false)]
    public void Classifies_days(string day, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
