namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>withdrawal-review (审查撤回申请, Art. 74): allow the withdrawal (termination) or go on; a settlement behind it.</summary>
public sealed class WithdrawalReviewForm : TaskForm
{
    public override string Key => "withdrawal-review";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("outcome", "审查结论", FieldKind.Choice) { Options = [new("termination", "准予撤回，终止行政复议"), new("continue", "不准予撤回，继续审理")] },
        new("settlement", "是否因和解撤回", FieldKind.YesNo) { ShownWhen = f => f.Text("outcome") == "termination" },
        new("terminationGround", "终止理由", FieldKind.Paragraphs) { ShownWhen = f => f.Text("outcome") == "termination" },
    ];

    public override void Prefill(TaskFormContext context) =>
        this["terminationGround"] = "申请人撤回行政复议申请，行政复议机构准予撤回（第四十一条第一款第（一）项）。";
}
