using Reconsideration.Host.Features.Cases.Services.Deadlines;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// How a period's last day was computed, as the 期限 tab shows it: the rule and article, the start, the length and
/// unit, the pauses, the extension, the last day, and the calculator's own sentence (the calendar's steps). The badge
/// follows the period's state: a running period counts down (<see cref="DueBadges"/>); a finished one says how it ended.
/// </summary>
public sealed class DeadlineExplanations(DueBadges badges)
{
    /// <summary>The view of one period seen on <paramref name="today"/>.</summary>
    public DeadlineView View(CaseDeadline deadline, DateOnly today) => new(deadline, Badge(deadline, today), Facts(deadline));

    /// <summary>The badge: time left or overdue while running, else the state in words.</summary>
    public DueBadge Badge(CaseDeadline d, DateOnly today) => d.State switch
    {
        DeadlineState.Met => new DueBadge(d.CompletedOn is { } on ? $"已按期完成（{StaffDates.Day(on)}）" : "已按期完成", DueLevel.None, d.Due),
        DeadlineState.MetLate => new DueBadge(d.CompletedOn is { } on ? $"逾期完成（{StaffDates.Day(on)}）" : "逾期完成", DueLevel.Overdue, d.Due),
        DeadlineState.Lapsed => new DueBadge("期限已届满", DueLevel.None, d.Due),
        DeadlineState.NotStarted => new DueBadge("尚未起算", DueLevel.None, null),
        DeadlineState.Paused => new DueBadge("暂停计算", DueLevel.None, null),
        _ => badges.For(d.Due, today, d.Provisional),
    };

    /// <summary>The lines of the computation, in the order a person checks them.</summary>
    public static IReadOnlyList<DeadlineFact> Facts(CaseDeadline d)
    {
        var facts = new List<DeadlineFact> { new("依据", $"{d.RuleName}（{d.Article}）") };
        facts.Add(new("起算", d.StartDate is { } start
            ? $"自{d.StartEvent}（{StaffDates.Day(start)}）起算，当日不计入"
            : $"尚未起算：{d.StartEvent}尚未发生"));
        facts.Add(new("期间", d.Unit == DeadlineUnit.WorkingDays
            ? $"{d.Length}个工作日（不含周末和法定节假日，含调休上班日）"
            : $"{d.Length}日（按日历日计算，期满日为节假日的顺延至其后第一个工作日）"));
        foreach (var pause in d.Pauses)
        {
            facts.Add(new("不计入", pause.To is { } to
                ? $"{StaffDates.Day(pause.From)}至{StaffDates.Day(to)}，{pause.Days}日：{pause.Reason}"
                : $"自{StaffDates.Day(pause.From)}起暂停，尚未恢复计算：{pause.Reason}"));
        }

        if (d.ExtensionDays > 0) facts.Add(new("延长", $"经批准延长{d.ExtensionDays}日"));
        if (d.Due is { } due)
            facts.Add(new("届满日", StaffDates.Day(due) + (d.Provisional ? "（暂定：该年度节假日安排尚未载入，载入后可能变动）" : "")));
        facts.Add(new("计算过程", d.Explanation));
        if (d.CompletedOn is { } done) facts.Add(new("完成", $"{StaffDates.Day(done)}已办理"));
        return facts;
    }
}
