using System.Globalization;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Tests.Calendar;

/// <summary>
/// The procedure's own deadlines (DOMAIN §2) at the edges the other calendar tests leave out: make-up Sundays
/// of 2024 and 2026, the Dragon Boat block, a start on a make-up day, and periods running into 2027.
/// </summary>
public class StatutoryDeadlineTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default;

    [Theory]
    // Art. 30 acceptance review, 5 working days, received on the make-up Sunday 20 September 2026: the start day is
    // not counted even though it is a working day; 21-24 = 1-4, Mid-Autumn 25-27 off, 28 = 5
    [InlineData("2026-09-20", 5, "2026-09-28")]
    // Art. 31 correction, 10 working days from 30 April 2026: Labour Day 1-5 May, the make-up Saturday 9 May counts
    [InlineData("2026-04-30", 10, "2026-05-18")]
    // Art. 48 copy to the respondent, 7 working days over the Dragon Boat block 19-21 June 2026
    [InlineData("2026-06-17", 7, "2026-06-29")]
    // Art. 48 reply, 10 working days over the Spring Festival: both make-up Saturdays (14 and 28 February) count
    [InlineData("2026-02-10", 10, "2026-03-02")]
    // 2024 make-up Sundays: 4 February (before the Spring Festival) and 7 April (after Qingming)
    [InlineData("2024-02-02", 2, "2024-02-05")]
    [InlineData("2024-04-03", 1, "2024-04-07")]
    [InlineData("2024-04-26", 1, "2024-04-28")]
    public void Working_day_deadlines(string start, int days, string expected)
    {
        var result = Calendar.AddWorkingDays(D(start), days);

        Assert.Equal(D(expected), result.Date);
        Assert.False(result.Provisional);
    }

    [Theory]
    // Art. 62 decision period, 60 days from 5 August 2026: day 60 is 4 October (National Day), rolled to 8 October
    [InlineData("2026-08-05", 60, "2026-10-08")]
    // ALL Art. 45 lawsuit, 15 days from 5 February 2026: day 15 is 20 February (Spring Festival), rolled to 24 February
    [InlineData("2026-02-05", 15, "2026-02-24")]
    // a 15-day period from 17 December 2024 ends on New Year's Day 2025: rolled to 2 January
    [InlineData("2024-12-17", 15, "2025-01-02")]
    public void Calendar_day_deadlines(string start, int days, string expected)
    {
        var result = Calendar.AddCalendarDays(D(start), days);

        Assert.Equal(D(expected), result.Date);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void A_simplified_procedure_decision_period_into_2027_is_provisional_and_rolled_over_the_weekend()
    {
        // Art. 62 simplified procedure, 30 days from 31 December 2026: day 30 is Saturday 30 January 2027
        var result = Calendar.AddCalendarDays(D("2026-12-31"), 30);

        Assert.Equal(D("2027-02-01"), result.Date);
        Assert.True(result.Provisional);
        Assert.EndsWith("（暂定：2027年节假日安排尚未载入）", result.Explanation);
    }

    [Fact]
    public void A_simplified_procedure_copy_period_across_new_year_counts_1_January_2027_provisionally()
    {
        // Art. 54, 3 working days from 30 December 2026: 31 December = 1, 1 January 2027 (no data yet) = 2, 4 January = 3
        var result = Calendar.AddWorkingDays(D("2026-12-30"), 3);

        Assert.Equal(D("2027-01-04"), result.Date);
        Assert.True(result.Provisional);
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
