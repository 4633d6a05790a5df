namespace Reconsideration.Host.Features.Cases.Domain;

// Ending the case (Arts. 61–76): the decision, service of documents (which starts or ends periods), opinion letters, closing.
public sealed partial record Case
{
    /// <summary>
    /// Records the decision that ends the review. Termination and mediation may end a suspended case too
    /// (e.g. Art. 41 (5): suspended sixty days without the ground ceasing).
    /// </summary>
    public Case RecordDecision(Decision decision)
    {
        var fromSuspension = decision.Type is DecisionType.Termination or DecisionType.MediationAgreement;
        if (fromSuspension) Require("作出决定", CaseStatus.InReview, CaseStatus.Suspended);
        else Require("作出决定", CaseStatus.InReview);
        RequireOnOrAfter(decision.DecidedOn, Acceptance!.On, "decidedOn", "决定日期", "受理日期");
        if (OpenSuspension is { } open)
            RequireOnOrAfter(decision.DecidedOn, open.From, "decidedOn", "决定日期", "中止日期");
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(decision.Holding))
            problems.Add(new("holding", "请填写决定主文。"));
        if (decision.Articles.Count == 0 || decision.Articles.Any(string.IsNullOrWhiteSpace))
            problems.Add(new("articles", "请列明决定所依据的法律条文，例如“《中华人民共和国行政复议法》第六十八条”。"));
        CaseException.ThrowIfAny(problems);
        var status = decision.Type switch
        {
            DecisionType.Termination => CaseStatus.Terminated,
            DecisionType.MediationAgreement => CaseStatus.Mediated,
            _ => CaseStatus.Decided,
        };
        return this with { Status = status, Decision = decision with { Holding = decision.Holding.Trim() } };
    }

    /// <summary>
    /// Adds a service record. Serving the correction notice, the reply notice or an opinion letter starts its period;
    /// once the closing document has reached every applicant and the respondent the case is served (Art. 75).
    /// </summary>
    public Case RecordService(ServiceRecord record)
    {
        if (Status == CaseStatus.Closed)
            throw CaseException.NotAllowed($"案件{Number}已结案，不能再登记送达。");
        RequireOnOrAfter(record.HandedOn, Application.ReceivedOn, "handedOn", "送达日期", "收到申请日期");
        var next = this with { ServiceRecords = [.. ServiceRecords, record] };
        switch (record.DocumentTypeKey)
        {
            case CaseDocumentTypes.CorrectionNotice when record.RecipientRole == RecipientRole.Applicant
                && next.Correction is { NoticeReceivedOn: null } correction:
                next = next with { Correction = correction with { NoticeReceivedOn = record.ServedOn } };
                break;
            case CaseDocumentTypes.ReplyNotice when record.RecipientRole == RecipientRole.Respondent
                && next.ReplyRequest is { RespondentReceivedOn: null } reply:
                next = next with { ReplyRequest = reply with { RespondentReceivedOn = record.ServedOn } };
                break;
            case CaseDocumentTypes.OpinionLetter:
                next = next with
                {
                    OpinionLetters = [.. next.OpinionLetters.Select(l =>
                        l.DocumentNumber == record.DocumentNumber && l.ServedOn is null ? l with { ServedOn = record.ServedOn } : l)],
                };
                break;
        }

        return next.ServedOnEveryone() is { } servedOn && next.Status is CaseStatus.Decided or CaseStatus.Terminated or CaseStatus.Mediated
            ? next with { Status = CaseStatus.Served, ServedOn = servedOn }
            : next;
    }

    /// <summary>Registers an opinion letter (Art. 76) to an agency; its sixty days start when it is served.</summary>
    public Case RecordOpinionLetter(string documentNumber, string addressee)
    {
        Require("制发行政复议意见书", CaseStatus.InReview, CaseStatus.Suspended, CaseStatus.Decided, CaseStatus.Served,
            CaseStatus.Terminated, CaseStatus.Mediated);
        if (OpinionLetters.Any(l => l.DocumentNumber == documentNumber))
            throw CaseException.NotAllowed($"意见书{documentNumber}已经登记。");
        if (string.IsNullOrWhiteSpace(addressee))
            throw CaseException.Invalid("addressee", "请填写意见书的主送机关。");
        return this with { OpinionLetters = [.. OpinionLetters, new OpinionLetter { DocumentNumber = documentNumber, Addressee = addressee.Trim() }] };
    }

    /// <summary>The addressee reported how it corrected the act.</summary>
    public Case RecordOpinionLetterReport(string documentNumber, DateOnly receivedOn)
    {
        var letter = OpinionLetters.FirstOrDefault(l => l.DocumentNumber == documentNumber)
            ?? throw CaseException.Invalid("documentNumber", $"本案没有文号为{documentNumber}的意见书。");
        if (letter.ServedOn is not { } served)
            throw CaseException.NotAllowed($"意见书{documentNumber}尚未登记送达，不能登记整改情况报告。");
        RequireOnOrAfter(receivedOn, served, "receivedOn", "收到报告日期", "意见书送达日期");
        return this with
        {
            OpinionLetters = [.. OpinionLetters.Select(l => l == letter ? l with { ReportReceivedOn = receivedOn } : l)],
        };
    }

    /// <summary>结案: after service of the closing document, or after refusal, forwarding or abandonment.</summary>
    public Case Close(DateOnly on)
    {
        Require("结案", CaseStatus.Served, CaseStatus.Refused, CaseStatus.Forwarded, CaseStatus.DeemedAbandoned);
        var since = ServedOn ?? Refusal?.DecidedOn ?? Forwarding?.On ?? AbandonedOn ?? Application.ReceivedOn;
        RequireOnOrAfter(on, since, "closedOn", "结案日期", "送达或决定日期");
        return this with { Status = CaseStatus.Closed, ClosedOn = on };
    }

    /// <summary>The day the closing document had reached every applicant and the respondent, or null.</summary>
    private DateOnly? ServedOnEveryone()
    {
        if (Decision is null) return null;
        var key = CaseDocumentTypes.For(Decision.Type);
        var records = ServiceRecords.Where(r => r.DocumentTypeKey == key).ToList();
        var dates = new List<DateOnly>();
        foreach (var name in Application.Applicants.Select(a => a.Name))
        {
            var served = records.Where(r => r.RecipientRole == RecipientRole.Applicant && r.Recipient == name).ToList();
            if (served.Count == 0) return null;
            dates.Add(served.Min(r => r.ServedOn));
        }

        var respondent = records.Where(r => r.RecipientRole == RecipientRole.Respondent).ToList();
        if (respondent.Count == 0) return null;
        dates.Add(respondent.Min(r => r.ServedOn));
        return dates.Max();
    }
}
