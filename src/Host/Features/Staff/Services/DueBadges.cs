using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// Turns a last day into the badge shown beside a task or a deadline. Time left counts working days from the day
/// after today up to and including the last day, as the statutory periods do (docs/cases.md), so "剩余1个工作日"
/// on a Friday means Monday. Time overdue counts calendar days since the last day: the period has ended, and a
/// person checks "已超期2日" on a wall calendar, not against the holiday list.
/// </summary>
public sealed class DueBadges(BusinessCalendar calendar)
{
    /// <summary>Working days left at which a due date turns amber (the same three days as DeadlineState.Approaching).</summary>
    public const int SoonWorkingDays = 3;

    /// <summary>The business calendar the badges count with (the deadlines' holiday data).</summary>
    public BusinessCalendar Calendar => calendar;

    /// <summary>The badge of a task due at an instant, seen at <paramref name="now"/>.</summary>
    /// <remarks>
    /// The engine's due instant for a working-day period is <see cref="LegalTime.EndOfDay"/>, the first instant of the
    /// following day; read as 24:00 of the last day, so one tick earlier is on the last day itself.
    /// </remarks>
    public DueBadge For(DateTimeOffset? dueAt, DateTimeOffset now, bool provisional = false) =>
        For(dueAt is { } at ? LegalTime.Today(at.AddTicks(-1)) : null, LegalTime.Today(now), provisional);

    /// <summary>The badge of a last day seen on <paramref name="today"/> (Beijing time).</summary>
    public DueBadge For(DateOnly? due, DateOnly today, bool provisional = false)
    {
        if (due is not { } last) return new DueBadge("无期限", DueLevel.None, null);
        // A due day in a year whose holidays are not loaded may move once they are.
        var note = provisional ? "（暂定）" : "";
        if (last < today) return new DueBadge($"已超期{today.DayNumber - last.DayNumber}日{note}", DueLevel.Overdue, last);
        if (last == today) return new DueBadge($"今日到期{note}", DueLevel.Soon, last);
        var left = WorkingDaysAfter(today, last);
        return new DueBadge($"剩余{left}个工作日{note}", left <= SoonWorkingDays ? DueLevel.Soon : DueLevel.Running, last);
    }

    private int WorkingDaysAfter(DateOnly today, DateOnly last)
    {
        var count = 0;
        for (var day = today.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day)) count++;
        }

        return count;
    }
}
