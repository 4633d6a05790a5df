using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>
/// Computes every statutory period of a case with the legal business calendar, each with the record of how its last
/// day was found. Pure: the same case, calendar and day give the same answer. Periods that do not apply to the
/// case's history are left out (no hearing → no hearing notice period).
/// </summary>
public sealed partial class DeadlineCalculator(BusinessCalendar calendar)
{
    /// <summary>Days left at or below which a running period is "approaching".</summary>
    public const int ApproachingWorkingDays = 3;

    /// <summary>The calendar every period is counted with.</summary>
    public BusinessCalendar Calendar { get; } = calendar;

    /// <summary>Every period that applies to <paramref name="case"/>, with its state on <paramref name="today"/>.</summary>
    public IReadOnlyList<CaseDeadline> Compute(Case @case, DateOnly today)
    {
        var list = new List<CaseDeadline>();
        AddAcceptancePeriods(@case, today, list);
        if (@case.Acceptance is not null)
        {
            AddReplyPeriods(@case, today, list);
            if (@case.Hearing is not null) list.Add(HearingNotice(@case, today));
            list.Add(Decision(@case, today));
        }

        AddAfterDecision(@case, today, list);
        return list;
    }

    /// <summary>The last day of the current acceptance review: five working days from receipt or from the corrected materials.</summary>
    public LegalDate AcceptanceReviewLastDay(Case @case) => Calendar.AddWorkingDays(@case.ReviewStartsOn, 5);

    /// <summary>The last day to send the correction notice: five working days from receipt of the application.</summary>
    public LegalDate CorrectionNoticeLastDay(Case @case) => Calendar.AddWorkingDays(@case.Application.ReceivedOn, 5);

    /// <summary>The applicant's last day to correct: as extended, else ten working days from receipt of the notice; null before that.</summary>
    public DateOnly? CorrectionLastDay(Case @case) => @case.Correction switch
    {
        { ExtendedUntil: { } until } => until,
        { NoticeReceivedOn: { } received } => Calendar.AddWorkingDays(received, 10).Date,
        _ => null,
    };

    /// <summary>The last day to decide; null before acceptance or while suspended.</summary>
    public DateOnly? DecisionLastDay(Case @case) => @case.Acceptance is null ? null : DecisionPeriod(@case).Due?.Date;

    /// <summary>
    /// The last day to notify the parties of a hearing on <paramref name="hearingOn"/> (Art. 51: 听证的五日前): the five
    /// working days must lie wholly between the notice and the hearing, and the notice day is moved back to a working
    /// day — a deadline that counts backwards must never be moved later.
    /// </summary>
    public LegalDate HearingNoticeLatestDay(DateOnly hearingOn)
    {
        var day = hearingOn;
        for (var counted = 0; counted < 5;)
        {
            day = day.AddDays(-1);
            if (Calendar.IsWorkingDay(day)) counted++;
        }

        // day is now the earliest of the five working days; the notice must go out before it, on a working day.
        var latest = day.AddDays(-1);
        while (!Calendar.IsWorkingDay(latest)) latest = latest.AddDays(-1);
        var check = Calendar.AddWorkingDays(latest, 5);
        var provisional = check.Provisional || !Calendar.HasDataFor(hearingOn.Year) || !Calendar.HasDataFor(latest.Year);
        return new LegalDate(latest, provisional,
            $"听证定于{Case.ChineseDate(hearingOn)}，通知之后须留足5个工作日（《行政复议法》第五十一条、第八十八条）；"
            + $"按工作日向前推算，最迟应于{Case.ChineseDate(latest)}通知（{check.Explanation}，早于听证日）");
    }

    /// <summary>The last day to sue: fifteen days from service of the decision (行政诉讼法 Art. 45).</summary>
    public LegalDate LawsuitWindowLastDay(DateOnly servedOn) => Calendar.AddCalendarDays(servedOn, 15);

    /// <summary>The day a public notice counts as served: thirty days after publication (民事诉讼法 Art. 95).</summary>
    public LegalDate PublicNoticeServedOn(DateOnly publishedOn) => Calendar.AddCalendarDays(publishedOn, 30);

    /// <summary>Working days after <paramref name="today"/> up to and including <paramref name="due"/>.</summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly due)
    {
        var left = 0;
        for (var day = today.AddDays(1); day <= due; day = day.AddDays(1))
            if (Calendar.IsWorkingDay(day)) left++;
        return left;
    }

    private CaseDeadline Make(Case @case, Period period, DateOnly today)
    {
        var (state, left) = Evaluate(period, today);
        return new CaseDeadline
        {
            CaseId = @case.Id,
            CaseNumber = @case.Number,
            Kind = period.Kind,
            RuleName = period.RuleName,
            Article = period.Article,
            Obligor = period.Obligor,
            Subject = period.Subject,
            StartEvent = period.StartEvent,
            StartDate = period.Start,
            Unit = period.Unit,
            Length = period.Length,
            Pauses = period.Pauses,
            ExtensionDays = period.ExtensionDays,
            Due = period.Due?.Date,
            Provisional = period.Due?.Provisional ?? false,
            Explanation = $"{period.RuleName}：{period.Lead}" + (period.Due is { } due ? $"；{due.Explanation}" : ""),
            CompletedOn = period.CompletedOn,
            State = state,
            WorkingDaysLeft = left,
        };
    }

    private (DeadlineState State, int? Left) Evaluate(Period period, DateOnly today)
    {
        if (period.Due is not { } legal)
            return (period.WaitingState, null);
        var due = legal.Date;
        if (period.CompletedOn is { } done)
            return (done <= due ? DeadlineState.Met : DeadlineState.MetLate, null);
        if (period.Lapsed || (today > due && period.LapsesWhenPast))
            return (DeadlineState.Lapsed, null);
        if (today > due)
            return (DeadlineState.Overdue, null);
        var left = WorkingDaysLeft(today, due);
        return (left <= ApproachingWorkingDays ? DeadlineState.Approaching : DeadlineState.Running, left);
    }
}
