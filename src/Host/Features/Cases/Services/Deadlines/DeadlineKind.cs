namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>The statutory periods of a case (docs/cases.md lists each with its article and counting).</summary>
public enum DeadlineKind
{
    /// <summary>受理审查期限: 5 working days from receipt, or from receipt of the corrected materials (Arts. 30, 31 ¶3).</summary>
    AcceptanceReview,

    /// <summary>补正通知期限: the notice within 5 working days of receipt (Art. 31 ¶1).</summary>
    CorrectionNotice,

    /// <summary>补正期限: 10 working days from the applicant's receipt of the notice, or as extended (Art. 31 ¶2).</summary>
    CorrectionResponse,

    /// <summary>发送副本期限: 7 working days from acceptance, 3 in the simplified procedure (Arts. 48, 54).</summary>
    CopyToRespondent,

    /// <summary>答复期限: 10 working days from the respondent's receipt of the copy, 5 simplified (Arts. 48, 54).</summary>
    Reply,

    /// <summary>听证通知期限: the notice at least 5 working days before the hearing (Art. 51).</summary>
    HearingNotice,

    /// <summary>审理期限: 60 days from acceptance (+ at most 30 on extension), 30 simplified; suspension not counted (Arts. 62, 39).</summary>
    Decision,

    /// <summary>意见书整改报告期限: 60 days from receipt of the opinion letter (Art. 76).</summary>
    OpinionLetterReport,

    /// <summary>起诉期限: 15 days from service of the decision (行政诉讼法 Art. 45).</summary>
    LawsuitWindow,
}
