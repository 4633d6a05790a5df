using Microsoft.Extensions.Time.Testing;

namespace Reconsideration.Host.Tests.Features.Cases;

/// <summary>Fake clocks set to a day at 10:00 Beijing time: legal days are Beijing days.</summary>
public static class BeijingDays
{
    public static FakeTimeProvider At(int year, int month, int day) => new(Instant(new DateOnly(year, month, day)));

    public static void SetDay(this FakeTimeProvider clock, DateOnly day) => clock.SetUtcNow(Instant(day));

    private static DateTimeOffset Instant(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
}
