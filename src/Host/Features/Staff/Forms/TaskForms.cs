namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>The form of each form key of docs/workflows.md ("Forms (rc:formKey) and the variables they set").</summary>
public static class TaskForms
{
    /// <summary>
    /// Every form key with a form, and what people call the form: the designer's properties panel offers exactly these
    /// (DesignerCatalogSource), so a diagram can only name a form that exists.
    /// </summary>
    public static readonly IReadOnlyList<TaskFormInfo> Registered =
    [
        new("intake", "收案登记"),
        new("acceptance-review", "受理审查"),
        new("service-record", "送达记录"),
        new("copy-to-respondent", "发送答复通知"),
        new("reply-record", "答复记录"),
        new("opinion-record", "听取意见记录"),
        new("hearing-arrangement", "听证安排"),
        new("hearing-record", "听证笔录"),
        new("committee-opinion", "咨询委员会意见"),
        new("review-conclusion", "审理结论"),
        new("mediation-record", "调解记录"),
        new("withdrawal-review", "撤回申请审查"),
        new("termination-review", "终止审查"),
        new("approval", "审批"),
        new("decision-draft", "决定书拟稿"),
        new("performance-check", "履行监督"),
    ];

    /// <summary>Every form key with a form.</summary>
    public static readonly IReadOnlyList<string> Keys = [.. Registered.Select(f => f.Key)];

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
