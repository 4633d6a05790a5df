using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

// The acceptance stage (Arts. 30–31). Correction time is not counted in the sense the 2023 law gives it: the review
// does not run while the applicant corrects, and on receipt of the corrected materials it starts again, in full,
// from that day (Art. 31 ¶3 → Art. 30) — so the correction interval is shown as a pause of the review.
public sealed partial class DeadlineCalculator
{
    private const string ReviewArticle = "《行政复议法》第三十条第一款、第三款";

    private void AddAcceptancePeriods(Case @case, DateOnly today, List<CaseDeadline> list)
    {
        var received = @case.Application.ReceivedOn;
        var correction = @case.Correction;
        if (correction is not null || @case.Status == CaseStatus.UnderAcceptanceReview)
        {
            list.Add(Make(@case, new Period
            {
                Kind = DeadlineKind.CorrectionNotice, RuleName = "补正通知期限", Article = "《行政复议法》第三十一条第一款",
                Obligor = DeadlineObligor.Agency, StartEvent = "收到行政复议申请之日", Start = received,
                Unit = DeadlineUnit.WorkingDays, Length = 5,
                Lead = $"材料不齐全或表述不清楚的，自收到申请之日{Case.ChineseDate(received)}起5个工作日内一次性书面通知补正",
                Due = CorrectionNoticeLastDay(@case), CompletedOn = correction?.RequestedOn, LapsesWhenPast = true,
            }, today));
        }

        if (ReviewPeriod(@case) is { } review) list.Add(Make(@case, review, today));
        if (correction is not null) list.Add(Make(@case, CorrectionResponse(@case, correction), today));
    }

    private Period? ReviewPeriod(Case @case)
    {
        var correction = @case.Correction;
        var completed = @case.Acceptance is { Deemed: false } accepted ? accepted.On : @case.Refusal?.DecidedOn ?? @case.Forwarding?.On;
        var period = new Period
        {
            Kind = DeadlineKind.AcceptanceReview, RuleName = "受理审查期限", Article = ReviewArticle, Obligor = DeadlineObligor.Agency,
            StartEvent = "收到行政复议申请之日", Start = @case.Application.ReceivedOn, Unit = DeadlineUnit.WorkingDays, Length = 5,
            Lead = $"自收到申请之日{Case.ChineseDate(@case.Application.ReceivedOn)}起5个工作日内审查；期满未决定不予受理的，自期满之日起视为受理",
            CompletedOn = completed, Lapsed = @case.Acceptance is { Deemed: true },
        };
        if (correction is null) return period with { Due = AcceptanceReviewLastDay(@case) };

        if (correction.MaterialsReceivedOn is not { } materials)
        {
            // Abandoned or refused while waiting: the review never restarted, so there is no period to show.
            if (@case.Status != CaseStatus.CorrectionRequested) return null;
            return period with
            {
                Pauses = [new DeadlinePause(correction.RequestedOn, null, null, "补正期间，审查期限不计算")],
                WaitingState = DeadlineState.Paused,
                Lead = $"已于{Case.ChineseDate(correction.RequestedOn)}通知补正；收到补正材料后自收到之日起重新审查5个工作日（《行政复议法》第三十一条第三款）",
            };
        }

        return period with
        {
            StartEvent = "收到补正材料之日",
            Start = materials,
            Pauses = [new DeadlinePause(correction.RequestedOn, materials, materials.DayNumber - correction.RequestedOn.DayNumber,
                "补正期间不计入；收到补正材料后依照第三十条重新审查")],
            Lead = $"{Case.ChineseDate(correction.RequestedOn)}通知补正，{Case.ChineseDate(materials)}收到补正材料，"
                + "自收到补正材料之日起重新审查5个工作日（《行政复议法》第三十一条第三款）；期满未决定不予受理的，视为受理",
            Article = ReviewArticle + "，第三十一条第三款",
            Due = AcceptanceReviewLastDay(@case),
        };
    }

    private Period CorrectionResponse(Case @case, Correction correction)
    {
        LegalDate? due = null;
        var lead = "自申请人收到补正通知之日起10个工作日内提交补正材料；无正当理由逾期不补正的，视为放弃行政复议申请";
        if (correction.NoticeReceivedOn is { } received)
        {
            due = Calendar.AddWorkingDays(received, 10);
            if (correction.ExtendedUntil is { } until)
            {
                lead += $"；原期限为{Case.ChineseDate(due.Date)}，因“{correction.ExtensionReason}”延长至{Case.ChineseDate(until)}";
                due = new LegalDate(until, false, $"延长后的补正期限为{Case.ChineseDate(until)}（《行政复议法》第三十一条第二款：可以延长合理的补正期限）");
            }
        }
        else
        {
            lead += "；补正通知尚未登记送达，期限未起算";
        }

        return new Period
        {
            Kind = DeadlineKind.CorrectionResponse, RuleName = "补正期限", Article = "《行政复议法》第三十一条第二款",
            Obligor = DeadlineObligor.Applicant, StartEvent = "申请人收到补正通知之日", Start = correction.NoticeReceivedOn,
            Unit = DeadlineUnit.WorkingDays, Length = 10, Lead = lead, Due = due,
            CompletedOn = correction.MaterialsReceivedOn, Lapsed = @case.AbandonedOn is not null,
        };
    }
}
