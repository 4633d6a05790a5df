using Reconsideration.Workflows.Calendar;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Tests.Timers;

public class TimerDueTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default;

    [Fact]
    public void Five_working_days_are_due_at_the_end_of_the_fifth_working_day()
    {
        var due = Due(TimerKind.Duration, "P5WD", new DateTimeOffset(2026, 9, 24, 10, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2026, 10, 10, 0, 0, 0, China), due.At);
        Assert.Equal(China, due.At.Offset);
        Assert.False(due.Provisional);
        Assert.Contains("第5个工作日为2026年10月9日", due.Explanation);
    }

    [Fact]
    public void Working_days_count_from_the_China_date_not_the_UTC_date()
    {
        // 17:00 UTC on 23 September is 01:00 on 24 September in China
        var due = Due(TimerKind.Duration, "P5WD", new DateTimeOffset(2026, 9, 23, 17, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 10, 10, 0, 0, 0, China), due.At);
    }

    [Fact]
    public void Working_days_into_an_unloaded_year_are_provisional()
    {
        var due = Due(TimerKind.Duration, "P20WD", new DateTimeOffset(2026, 12, 20, 9, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2027, 1, 16, 0, 0, 0, China), due.At);
        Assert.True(due.Provisional);
    }

    [Theory]
    [InlineData("P60CD", "2026-03-02T09:00:00+08:00", "2026-05-07T00:00:00+08:00")] // day 60 = 1 May, rolled to 6 May
    [InlineData("P15CD", "2026-09-18T16:00:00+08:00", "2026-10-09T00:00:00+08:00")] // day 15 = 3 October, rolled to 8 October
    [InlineData("P6CM", "2026-03-31T09:00:00+08:00", "2026-10-01T00:00:00+08:00")] // 30 September, month end
    [InlineData("P1M", "2026-01-31T09:00:00+08:00", "2026-02-28T09:00:00+08:00")]
    [InlineData("P1Y", "2024-02-29T12:00:00+08:00", "2025-02-28T12:00:00+08:00")]
    [InlineData("PT30M", "2026-03-01T09:00:00+08:00", "2026-03-01T09:30:00+08:00")]
    [InlineData("P3D", "2026-03-01T09:00:00+08:00", "2026-03-04T09:00:00+08:00")]
    [InlineData("P1DT2H", "2026-03-01T09:00:00+08:00", "2026-03-02T11:00:00+08:00")]
    [InlineData("P2W", "2026-03-01T09:00:00+08:00", "2026-03-15T09:00:00+08:00")]
    [InlineData("P1D", "2026-03-01T20:00:00Z", "2026-03-03T04:00:00+08:00")]
    public void Durations_are_due_at(string text, string now, string expected)
    {
        var due = Due(TimerKind.Duration, text, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due.At);
        Assert.Equal(China, due.At.Offset);
    }

    [Fact]
    public void A_date_only_is_due_at_the_end_of_that_day_in_China()
    {
        var due = Due(TimerKind.Date, "2026-03-01", new DateTimeOffset(2026, 1, 1, 0, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, China), due.At);
    }

    [Fact]
    public void A_date_time_without_offset_is_China_time()
    {
        var due = Due(TimerKind.Date, "2026-03-01T09:00", new DateTimeOffset(2026, 1, 1, 0, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero), due.At);
    }

    [Fact]
    public void A_date_in_the_past_is_due_at_once_at_that_instant_and_fires_once()
    {
        var now = new DateTimeOffset(2026, 6, 1, 9, 0, 0, China);
        var schedule = Parse(TimerKind.Date, "2026-03-01T09:00:00+08:00");

        var due = schedule.DueAfter(now, Calendar, 0)!;

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, China), due.At);
        Assert.True(due.At < now);
        Assert.Null(schedule.DueAfter(now, Calendar, 1));
    }

    [Fact]
    public void A_duration_fires_once()
    {
        Assert.Null(Parse(TimerKind.Duration, "PT1H").DueAfter(DateTimeOffset.UnixEpoch, Calendar, 1));
    }

    [Fact]
    public void R3_fires_three_times_then_is_exhausted()
    {
        var schedule = Parse(TimerKind.Cycle, "R3/PT1H");
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, China);
        var fired = new List<DateTimeOffset>();

        for (var count = 0; schedule.DueAfter(at, Calendar, count) is { } due; count++)
        {
            fired.Add(due.At);
            at = due.At;
        }

        Assert.Equal(
            [new DateTimeOffset(2026, 3, 2, 10, 0, 0, China), new DateTimeOffset(2026, 3, 2, 11, 0, 0, China), new DateTimeOffset(2026, 3, 2, 12, 0, 0, China)],
            fired);
    }

    [Fact]
    public void An_unbounded_cycle_never_runs_out()
    {
        var due = Parse(TimerKind.Cycle, "R/P1D").DueAfter(new DateTimeOffset(2026, 3, 2, 9, 0, 0, China), Calendar, 10_000);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, China), due!.At);
        Assert.Contains("不限次数", due.Explanation);
    }

    [Fact]
    public void A_cycle_with_a_start_fires_at_the_start_then_every_period()
    {
        var schedule = Parse(TimerKind.Cycle, "R2/2026-01-01T00:00:00+08:00/P1D");
        var now = new DateTimeOffset(2025, 12, 1, 0, 0, 0, China);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, China), schedule.DueAfter(now, Calendar, 0)!.At);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 0, 0, China), schedule.DueAfter(now, Calendar, 1)!.At);
        Assert.Null(schedule.DueAfter(now, Calendar, 2));
    }

    [Fact]
    public void A_monthly_cycle_with_a_start_does_not_drift_after_a_short_month()
    {
        var schedule = Parse(TimerKind.Cycle, "R3/2026-01-31T09:00:00+08:00/P1M");
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, China);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 9, 0, 0, China), schedule.DueAfter(now, Calendar, 1)!.At);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 9, 0, 0, China), schedule.DueAfter(now, Calendar, 2)!.At);
    }

    [Fact]
    public void A_working_day_cycle_fires_at_the_end_of_each_working_day_without_skipping()
    {
        var schedule = Parse(TimerKind.Cycle, "R3/P1WD");
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, China); // a Monday
        var fired = new List<DateTimeOffset>();

        for (var count = 0; schedule.DueAfter(at, Calendar, count) is { } due; count++)
        {
            fired.Add(due.At);
            at = due.At;
        }

        Assert.Equal(
            [new DateTimeOffset(2026, 3, 4, 0, 0, 0, China), new DateTimeOffset(2026, 3, 5, 0, 0, 0, China), new DateTimeOffset(2026, 3, 6, 0, 0, 0, China)],
            fired);
    }

    [Fact]
    public void A_negative_fired_count_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Parse(TimerKind.Cycle, "R3/PT1H").DueAfter(DateTimeOffset.UnixEpoch, Calendar, -1));
    }

    private static TimerDue Due(TimerKind kind, string text, DateTimeOffset now) => Parse(kind, text).DueAfter(now, Calendar, 0)!;

    private static TimerSchedule Parse(TimerKind kind, string text)
    {
        Assert.True(TimerSchedule.TryParse(kind, text, out var schedule, out var error), error);
        return schedule!;
    }
}
