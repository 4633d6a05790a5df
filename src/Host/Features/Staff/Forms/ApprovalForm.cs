using System.Text.Json.Nodes;

namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>approval (审核、签发、审批): approve, or return with the reason (required when returning).</summary>
public sealed class ApprovalForm : TaskForm
{
    public override string Key => "approval";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("approved", "审批结论", FieldKind.YesNo) { Options = [new("true", "同意"), new("false", "不同意，退回")] },
        new("approvalComment", "意见", FieldKind.Paragraphs, Required: false) { Help = "退回时必填，写明退回理由和修改要求。" },
    ];

    protected override IEnumerable<(string Field, string Message)> Check(TaskFormContext context)
    {
        if (Bool("approved") == false && Text("approvalComment") is null) yield return ("approvalComment", "退回时请填写意见，写明退回理由。");
    }

    protected override void AddVariables(JsonObject variables, TaskFormContext context) => variables.TryAdd("approvalComment", "同意");
}
