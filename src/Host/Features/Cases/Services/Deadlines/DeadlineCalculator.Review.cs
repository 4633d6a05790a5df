using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

// The review stage: the copy to the respondent and its reply (Arts. 48, 54), the hearing notice (51), the decision (62).
public sealed partial class DeadlineCalculator
{
    private void AddReplyPeriods(Case @case, DateOnly today, List<CaseDeadline> list)
    {
        var accepted = @case.Acceptance!;
        var procedure = @case.ReplyRequest?.Procedure ?? @case.Procedure;
        var simplified = procedure == Procedure.Simplified;
        var from = accepted.Deemed ? "视为受理之日" : "受理之日";
        list.Add(Make(@case, new Period
        {
            Kind = DeadlineKind.CopyToRespondent, RuleName = "发送申请书副本期限",
            Article = simplified ? "《行政复议法》第五十四条第一款" : "《行政复议法》第四十八条",
            Obligor = DeadlineObligor.Agency, StartEvent = from, Start = accepted.On, Unit = DeadlineUnit.WorkingDays,
            Length = simplified ? 3 : 7,
            Lead = $"{(simplified ? "简易程序" : "普通程序")}，自{from}{Case.ChineseDate(accepted.On)}起{(simplified ? 3 : 7)}个工作日内将申请书副本发送被申请人",
            Due = Calendar.AddWorkingDays(accepted.On, simplified ? 3 : 7), CompletedOn = @case.ReplyRequest?.SentOn,
        }, today));

        if (@case.ReplyRequest is not { } reply) return;
        var days = reply.Procedure == Procedure.Simplified ? 5 : 10;
        list.Add(Make(@case, new Period
        {
            Kind = DeadlineKind.Reply, RuleName = "被申请人答复期限",
            Article = reply.Procedure == Procedure.Simplified ? "《行政复议法》第五十四条第一款、第七十条" : "《行政复议法》第四十八条、第七十条",
            Obligor = DeadlineObligor.Respondent, StartEvent = "被申请人收到申请书副本之日", Start = reply.RespondentReceivedOn,
            Unit = DeadlineUnit.WorkingDays, Length = days,
            Lead = $"自被申请人收到申请书副本之日起{days}个工作日内提出书面答复并提交证据、依据；逾期的，视为该行政行为没有证据、依据"
                + (reply.RespondentReceivedOn is null ? "；副本尚未登记送达，期限未起算" : ""),
            Due = reply.RespondentReceivedOn is { } received ? Calendar.AddWorkingDays(received, days) : null,
            CompletedOn = reply.RepliedOn,
        }, today));
    }

    private CaseDeadline HearingNotice(Case @case, DateOnly today)
    {
        var hearing = @case.Hearing!;
        return Make(@case, new Period
        {
            Kind = DeadlineKind.HearingNotice, RuleName = "听证通知期限", Article = "《行政复议法》第五十一条",
            Obligor = DeadlineObligor.Agency, StartEvent = "听证日（向前推算）", Start = hearing.On,
            Unit = DeadlineUnit.WorkingDays, Length = 5, Subject = hearing.Place,
            Lead = "听证的五日前将听证的时间、地点和拟听证事项书面通知当事人",
            Due = HearingNoticeLatestDay(hearing.On), CompletedOn = hearing.NoticeSentOn,
        }, today);
    }

    private CaseDeadline Decision(Case @case, DateOnly today) =>
        Make(@case, DecisionPeriod(@case) with { CompletedOn = @case.Decision?.DecidedOn }, today);

    /// <summary>
    /// The decision period: 60 days from acceptance (30 simplified, Art. 62), plus the extension, with every suspension
    /// interval added back. A suspension from day S to resumption R leaves R − S days uncounted: the days used before S
    /// stay used, and the rest of the period is counted again from R (the calendar is asked from R, so the roll-over to
    /// a working day applies to the true last day). A suspension after the period already ran out revives nothing.
    /// </summary>
    private Period DecisionPeriod(Case @case)
    {
        var accepted = @case.Acceptance!;
        var simplified = @case.Procedure == Procedure.Simplified;
        var length = simplified ? 30 : 60;
        var extension = @case.Extension?.Days ?? 0;
        var target = length + extension;
        var lead = $"{(simplified ? "简易程序" : "普通程序")}，自{(accepted.Deemed ? "视为受理之日" : "受理之日")}{Case.ChineseDate(accepted.On)}起{length}日内作出决定";
        if (@case.ConvertedToOrdinaryOn is { } converted)
            lead += $"（{Case.ChineseDate(converted)}由简易程序转为普通程序，期限自受理之日起按60日计算）";
        if (@case.Extension is { } ext)
            lead += $"；{Case.ChineseDate(ext.ApprovedOn)}批准延长{ext.Days}日，共{target}日";

        var used = 0;
        var cursor = accepted.On;
        var pauses = new List<DeadlinePause>();
        foreach (var suspension in @case.Suspensions)
        {
            var before = suspension.From.DayNumber - cursor.DayNumber;
            if (used + before > target) break;
            used += before;
            var reason = $"中止（第三十九条第一款第{suspension.GroundItem}项：{suspension.Reason}）";
            if (suspension.ResumedOn is not { } resumed)
            {
                pauses.Add(new DeadlinePause(suspension.From, null, null, reason));
                lead += $"；{Case.ChineseDate(suspension.From)}起中止审理，已计{used}日、尚余{target - used}日，恢复审理后继续计算";
                return Build(null, DeadlineState.Paused);
            }

            var days = resumed.DayNumber - suspension.From.DayNumber;
            pauses.Add(new DeadlinePause(suspension.From, resumed, days, reason));
            lead += $"；{Case.ChineseDate(suspension.From)}中止、{Case.ChineseDate(resumed)}恢复审理，中止期间{days}日不计入，中止前已计{used}日";
            cursor = resumed;
        }

        var due = Calendar.AddCalendarDays(cursor, target - used);
        if (cursor != accepted.On) lead += $"，余下{target - used}日自恢复审理之日起计算";
        return Build(due, DeadlineState.Running);

        Period Build(LegalDate? legal, DeadlineState waiting) => new()
        {
            Kind = DeadlineKind.Decision, RuleName = "行政复议审理期限",
            Article = simplified ? "《行政复议法》第六十二条第二款" : "《行政复议法》第六十二条第一款",
            Obligor = DeadlineObligor.Agency, StartEvent = accepted.Deemed ? "视为受理之日" : "受理之日", Start = accepted.On,
            Unit = DeadlineUnit.CalendarDays, Length = length, ExtensionDays = extension, Pauses = pauses,
            Lead = lead, Due = legal, WaitingState = waiting,
        };
    }
}
