namespace Reconsideration.Host.Tests.Features.Cases;

/// <summary>A clock the test sets; legal days are Beijing days, so tests set instants at +08:00.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public static TestClock At(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8)));

    public void SetDay(DateOnly day) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
