namespace Reconsideration.Host.Features.Cases.Domain;

// The acceptance review (Arts. 30–31): accept, refuse, forward, correct, abandon, deemed acceptance.
// Dates that depend on the calendar (the review's last day …) are computed by the deadline calculator and passed in,
// so the aggregate stays free of calendar data.
public sealed partial record Case
{
    /// <summary>
    /// 受理. Accepting after the review period has run out records what the law already says: the case was deemed
    /// accepted on the period's last day (Art. 30 ¶3), and the reply and decision periods count from that day.
    /// </summary>
    public Case Accept(DateOnly on, Procedure procedure, string? procedureReason, DateOnly reviewLastDay)
    {
        Require("受理", CaseStatus.UnderAcceptanceReview);
        RequireOnOrAfter(on, ReviewStartsOn, "acceptedOn", "受理日期", "审查起算日");
        if (procedure == Procedure.Simplified && string.IsNullOrWhiteSpace(procedureReason))
            throw CaseException.Invalid("procedureReason", "适用简易程序须写明理由（《行政复议法》第五十三条所列情形或当事人各方同意）。");
        var deemed = on > reviewLastDay;
        return this with
        {
            Status = CaseStatus.InReview,
            Acceptance = new Acceptance { On = deemed ? reviewLastDay : on, Deemed = deemed },
            Procedure = procedure,
            ProcedureReason = procedure == Procedure.Simplified ? procedureReason!.Trim() : null,
        };
    }

    /// <summary>视为受理 (Art. 30 ¶3): the review period ended on <paramref name="reviewLastDay"/> without a decision.</summary>
    public Case DeemAccepted(DateOnly reviewLastDay, DateOnly today)
    {
        Require("视为受理", CaseStatus.UnderAcceptanceReview);
        if (today <= reviewLastDay)
            throw CaseException.NotAllowed($"受理审查期限至{ChineseDate(reviewLastDay)}届满，届满前不能视为受理。");
        return this with
        {
            Status = CaseStatus.InReview,
            Acceptance = new Acceptance { On = reviewLastDay, Deemed = true },
            Procedure = Procedure.Ordinary,
        };
    }

    /// <summary>不予受理, only within the review period; afterwards the case is deemed accepted and can only be dismissed (Art. 33).</summary>
    public Case Refuse(Refusal refusal, DateOnly reviewLastDay)
    {
        Require("作出不予受理决定", CaseStatus.UnderAcceptanceReview);
        RequireOnOrAfter(refusal.DecidedOn, ReviewStartsOn, "decidedOn", "不予受理决定日期", "审查起算日");
        if (refusal.DecidedOn > reviewLastDay)
            throw CaseException.NotAllowed(
                $"受理审查期限已于{ChineseDate(reviewLastDay)}届满，本案依法视为受理（《行政复议法》第三十条第三款），不能再决定不予受理；如不符合受理条件，应决定驳回申请（第三十三条）。");
        if (string.IsNullOrWhiteSpace(refusal.Reasons))
            throw CaseException.Invalid("reasons", "不予受理决定须说明理由（《行政复议法》第三十条第二款）。");
        return this with { Status = CaseStatus.Refused, Refusal = refusal };
    }

    /// <summary>转送 to the competent organ.</summary>
    public Case Forward(Forwarding forwarding)
    {
        Require("转送", CaseStatus.UnderAcceptanceReview);
        RequireOnOrAfter(forwarding.On, Application.ReceivedOn, "on", "转送日期", "收到申请日期");
        if (string.IsNullOrWhiteSpace(forwarding.To))
            throw CaseException.Invalid("to", "请填写接受转送的机关。");
        return this with { Status = CaseStatus.Forwarded, Forwarding = forwarding };
    }

    /// <summary>补正通知 (Art. 31 ¶1): once, listing every item, within five working days of receipt.</summary>
    public Case RequestCorrection(DateOnly on, IReadOnlyList<string> items, DateOnly noticeLastDay)
    {
        Require("通知补正", CaseStatus.UnderAcceptanceReview);
        if (Correction is not null)
            throw CaseException.NotAllowed("本案已经通知过补正：补正通知应当一次性载明需要补正的事项（《行政复议法》第三十一条第一款），不能再次通知补正。");
        RequireOnOrAfter(on, Application.ReceivedOn, "requestedOn", "补正通知日期", "收到申请日期");
        if (on > noticeLastDay)
            throw CaseException.NotAllowed($"补正通知应自收到申请之日起五个工作日内发出，期限已于{ChineseDate(noticeLastDay)}届满。");
        var listed = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        if (listed.Count == 0)
            throw CaseException.Invalid("items", "补正通知须列明需要补正的全部事项。");
        return this with { Status = CaseStatus.CorrectionRequested, Correction = new Correction { RequestedOn = on, Items = listed } };
    }

    /// <summary>Extends the applicant's correction period on good reason (Art. 31 ¶2).</summary>
    public Case ExtendCorrectionPeriod(DateOnly until, string reason, DateOnly currentLastDay)
    {
        Require("延长补正期限", CaseStatus.CorrectionRequested);
        if (until <= currentLastDay)
            throw CaseException.Invalid("until", $"延长后的补正期限须晚于现在的期限{ChineseDate(currentLastDay)}。");
        if (string.IsNullOrWhiteSpace(reason))
            throw CaseException.Invalid("reason", "延长补正期限须写明正当理由。");
        return this with { Correction = Correction! with { ExtendedUntil = until, ExtensionReason = reason.Trim() } };
    }

    /// <summary>收到补正材料: the acceptance review starts again from <paramref name="on"/> (Art. 31 ¶3).</summary>
    public Case ReceiveCorrectedMaterials(DateOnly on)
    {
        Require("登记补正材料", CaseStatus.CorrectionRequested);
        RequireOnOrAfter(on, Correction!.RequestedOn, "receivedOn", "收到补正材料日期", "补正通知日期");
        return this with { Status = CaseStatus.UnderAcceptanceReview, Correction = Correction with { MaterialsReceivedOn = on } };
    }

    /// <summary>视为放弃 (Art. 31 ¶2), recorded by staff once the correction period has passed without good reason.</summary>
    public Case RecordAbandonment(DateOnly on, DateOnly? correctionLastDay)
    {
        Require("记录视为放弃", CaseStatus.CorrectionRequested);
        if (correctionLastDay is null)
            throw CaseException.NotAllowed("补正通知尚未登记送达，补正期限还未起算，不能视为放弃。");
        if (on <= correctionLastDay)
            throw CaseException.NotAllowed($"补正期限至{ChineseDate(correctionLastDay.Value)}届满，届满前不能视为放弃。");
        return this with { Status = CaseStatus.DeemedAbandoned, AbandonedOn = on };
    }
}
