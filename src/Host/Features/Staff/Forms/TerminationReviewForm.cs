namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>termination-review (审查是否终止, Art. 41): end the reconsideration or keep waiting in the suspension.</summary>
public sealed class TerminationReviewForm : TaskForm
{
    public override string Key => "termination-review";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("outcome", "审查结论", FieldKind.Choice) { Options = [new("termination", "终止行政复议"), new("continue", "继续中止，等待恢复")] },
        new("terminationGround", "终止理由", FieldKind.Paragraphs)
        {
            Help = "第四十一条第一款所列情形之一。", ShownWhen = f => f.Text("outcome") == "termination",
        },
    ];
}
