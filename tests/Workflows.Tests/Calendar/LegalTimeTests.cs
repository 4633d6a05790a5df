using Microsoft.Extensions.Time.Testing;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Tests.Calendar;

public class LegalTimeTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void The_end_of_a_day_is_the_next_midnight_in_China()
    {
        var end = LegalTime.EndOfDay(new DateOnly(2026, 10, 9));

        Assert.Equal(new DateTimeOffset(2026, 10, 10, 0, 0, 0, China), end);
        Assert.Equal(China, end.Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 16, 0, 0, TimeSpan.Zero), end.ToUniversalTime());
    }

    [Theory]
    [InlineData("2026-09-23T17:00:00Z", "2026-09-24")]
    [InlineData("2026-09-24T15:59:59Z", "2026-09-24")]
    [InlineData("2026-09-24T16:00:00Z", "2026-09-25")]
    [InlineData("2026-09-24T23:30:00+08:00", "2026-09-24")]
    public void Today_is_the_date_in_China(string instant, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            LegalTime.Today(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Today_reads_an_injected_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 1, 1), LegalTime.Today(clock));
    }

    [Fact]
    public void China_is_eight_hours_ahead_of_UTC()
    {
        Assert.Equal(China, LegalTime.China.GetUtcOffset(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)));
    }
}
