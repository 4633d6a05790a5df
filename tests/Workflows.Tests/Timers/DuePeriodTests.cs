using Reconsideration.Workflows.Calendar;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Tests.Timers;

public class DuePeriodTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Created = new(2026, 9, 18, 15, 0, 0, China);

    [Theory]
    [InlineData("P5WD", "2026-09-25T00:00:00+08:00")] // Sunday 20 September is a make-up working day: 20-24
    [InlineData("P10CD", "2026-09-29T00:00:00+08:00")] // day 10 is Monday 28 September
    [InlineData("P15CD", "2026-10-09T00:00:00+08:00")] // day 15 is 3 October, rolled to 8 October
    [InlineData("P3D", "2026-09-21T15:00:00+08:00")]
    [InlineData("PT4H", "2026-09-18T19:00:00+08:00")]
    [InlineData("2026-10-09", "2026-10-10T00:00:00+08:00")]
    [InlineData("2026-10-09T17:00:00+08:00", "2026-10-09T17:00:00+08:00")]
    public void Due_dates(string text, string expected)
    {
        Assert.True(DuePeriod.TryParse(text, out var period, out var error), error);

        var due = period!.DueFrom(Created, BusinessCalendar.Default);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due.At);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("P5X")]
    [InlineData("R3/PT1H")]
    public void Bad_due_dates_are_explained(string text)
    {
        Assert.False(DuePeriod.TryParse(text, out _, out var error));
        Assert.StartsWith($"无法识别的办理期限“{text}”：应为期间（如 P5WD", error);
    }

    [Fact]
    public void An_expression_is_resolved_later()
    {
        Assert.True(DuePeriod.TryParse("${replyDeadline}", out var period, out _));
        Assert.True(period!.IsExpression);
        Assert.Equal("replyDeadline", period.Expression);

        var resolved = DuePeriod.FromResolved("P10WD");
        Assert.False(resolved.IsExpression);
        Assert.Equal(new DateTimeOffset(2026, 10, 10, 0, 0, 0, China), resolved.DueFrom(Created, BusinessCalendar.Default).At);
    }
}
