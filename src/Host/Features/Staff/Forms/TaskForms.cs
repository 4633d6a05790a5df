namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>The form of each form key of docs/workflows.md ("Forms (rc:formKey) and the variables they set").</summary>
public static class TaskForms
{
    /// <summary>Every form key with a form.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "intake", "acceptance-review", "service-record", "copy-to-respondent", "reply-record", "opinion-record", "hearing-arrangement", "hearing-record",
        "committee-opinion", "review-conclusion", "mediation-record", "withdrawal-review", "termination-review", "approval", "decision-draft", "performance-check",
    ];

    /// <summary>A new form for the task's form key, or null when the key has none.</summary>
    public static TaskForm? Create(string? formKey, string elementId) => formKey switch
    {
        "intake" => new IntakeTaskForm(),
        "acceptance-review" => new AcceptanceReviewForm(),
        "service-record" => new ServiceRecordForm(),
        "copy-to-respondent" => new CopyToRespondentForm(),
        "reply-record" => new ReplyRecordForm(),
        "opinion-record" => new OpinionRecordForm(),
        "hearing-arrangement" => new HearingArrangementForm(),
        "hearing-record" => new HearingRecordForm(),
        "committee-opinion" => new CommitteeOpinionForm(),
        "review-conclusion" => new ReviewConclusionForm(simplified: elementId.StartsWith("Simplified", StringComparison.Ordinal)),
        "mediation-record" => new YesNoForm("mediation-record", "mediationAgreed", "调解结果", "达成调解协议", "未达成调解协议",
            "未达成协议的，应当及时作出行政复议决定（第七十三条第二款）。"),
        "withdrawal-review" => new WithdrawalReviewForm(),
        "termination-review" => new TerminationReviewForm(),
        "approval" => new ApprovalForm(),
        "decision-draft" => new DecisionDraftForm(),
        "performance-check" => new YesNoForm("performance-check", "performed", "履行情况", "已履行", "未履行（制发责令履行通知书）"),
        _ => null,
    };
}
