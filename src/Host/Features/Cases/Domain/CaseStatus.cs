namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// Where a case stands (docs/cases.md has the transitions). Intake puts a case straight into
/// <see cref="UnderAcceptanceReview"/>: the five-working-day review (Art. 30) runs from receipt whether or not
/// anyone has opened the file, so a separate "registered" state would only hide a running clock.
/// </summary>
public enum CaseStatus
{
    /// <summary>受理审查中: received, the acceptance review (Art. 30) is running.</summary>
    UnderAcceptanceReview,

    /// <summary>待补正: a correction notice was sent (Art. 31); the review waits for the corrected materials.</summary>
    CorrectionRequested,

    /// <summary>不予受理: refused within the review period (Art. 30 ¶2). Closed once served.</summary>
    Refused,

    /// <summary>已转送: sent to the competent organ. Closed afterwards.</summary>
    Forwarded,

    /// <summary>视为放弃: no corrected materials in time without good reason (Art. 31 ¶2).</summary>
    DeemedAbandoned,

    /// <summary>审理中: accepted (or deemed accepted, Art. 30 ¶3); the decision period runs.</summary>
    InReview,

    /// <summary>中止: the decision clock stands still until resumption (Art. 39).</summary>
    Suspended,

    /// <summary>已决定: a decision (Arts. 63–72) or a dismissal (Art. 33) was made, not yet served on everyone.</summary>
    Decided,

    /// <summary>已终止: a termination decision (Art. 41, 74), not yet served on everyone.</summary>
    Terminated,

    /// <summary>已调解: a mediation agreement (Art. 73) was signed, not yet served on everyone.</summary>
    Mediated,

    /// <summary>已送达: the closing document reached every applicant and the respondent; it has taken effect (Art. 75).</summary>
    Served,

    /// <summary>已结案: filed away; nothing more happens.</summary>
    Closed,
}
