using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class DueBadgesTests
{
    private readonly DueBadges _badges = new(BusinessCalendar.Default);

    [Fact]
    public void Working_days_left_skip_the_weekend()
    {
        // Friday 2026-03-06 → Wednesday 03-11: Mon, Tue, Wed.
        var badge = _badges.For(new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 6));
        Assert.Equal("剩余3个工作日", badge.Text);
        Assert.Equal(DueLevel.Soon, badge.Level);
    }

    [Fact]
    public void Working_days_left_skip_the_national_day_holiday()
    {
        // 2026-09-30 → 2026-10-09: 10-01…10-07 are holidays, 10-08 and 10-09 are working days.
        Assert.Equal("剩余2个工作日", _badges.For(new DateOnly(2026, 10, 9), new DateOnly(2026, 9, 30)).Text);
    }

    [Fact]
    public void More_than_three_working_days_is_running()
    {
        var badge = _badges.For(new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 6));
        Assert.Equal("剩余10个工作日", badge.Text);
        Assert.Equal(DueLevel.Running, badge.Level);
    }

    [Fact]
    public void Overdue_counts_calendar_days_since_the_last_day()
    {
        var badge = _badges.For(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 8));
        Assert.Equal("已超期2日", badge.Text);
        Assert.Equal(DueLevel.Overdue, badge.Level);
    }

    [Fact]
    public void The_last_day_today_and_no_due_date_have_their_own_words()
    {
        Assert.Equal("今日到期", _badges.For(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 6)).Text);
        Assert.Equal(new DueBadge("无期限", DueLevel.None, null), _badges.For((DateOnly?)null, new DateOnly(2026, 3, 6)));
    }

    [Fact]
    public void The_engines_due_instant_is_the_end_of_the_last_day_in_Beijing_time_and_provisional_says_so()
    {
        // The engine's end of 03-11 is 03-12 00:00 Beijing (03-11 16:00 UTC); seen on Friday 03-06 09:00 Beijing.
        var dueAt = LegalTime.EndOfDay(new DateOnly(2026, 3, 11));
        var badge = _badges.For(dueAt, new DateTimeOffset(2026, 3, 6, 1, 0, 0, TimeSpan.Zero), provisional: true);
        Assert.Equal("剩余3个工作日（暂定）", badge.Text);
        Assert.Equal(new DateOnly(2026, 3, 11), badge.Due);
    }
}
