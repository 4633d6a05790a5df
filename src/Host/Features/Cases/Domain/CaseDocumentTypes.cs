namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// The document type keys the case model reacts to (the keys of numbering.json and the document type catalogue):
/// serving them starts or ends a period.
/// </summary>
public static class CaseDocumentTypes
{
    /// <summary>补正通知书: its service on the applicant starts the ten working days (Art. 31 ¶2).</summary>
    public const string CorrectionNotice = "correction-notice";

    /// <summary>提出答复通知书: its service on the respondent starts the reply period (Arts. 48, 54).</summary>
    public const string ReplyNotice = "reply-notice";

    /// <summary>行政复议意见书: its service starts the sixty days to report (Art. 76).</summary>
    public const string OpinionLetter = "opinion-letter";

    /// <summary>不予受理决定书.</summary>
    public const string RefusalDecision = "refusal-decision";

    /// <summary>行政复议决定书.</summary>
    public const string Decision = "decision";

    /// <summary>驳回行政复议申请决定书.</summary>
    public const string DismissalDecision = "dismissal-decision";

    /// <summary>终止行政复议决定书.</summary>
    public const string TerminationDecision = "termination-decision";

    /// <summary>行政复议调解书.</summary>
    public const string MediationAgreement = "mediation-agreement";

    /// <summary>The document that records a decision of this type.</summary>
    public static string For(DecisionType type) => type switch
    {
        DecisionType.DismissApplication => DismissalDecision,
        DecisionType.Termination => TerminationDecision,
        DecisionType.MediationAgreement => MediationAgreement,
        _ => Decision,
    };
}
