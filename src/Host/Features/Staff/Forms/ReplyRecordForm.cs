namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>reply-record (被申请人答复, Arts. 48, 70): whether the written reply arrived, when, and with evidence.</summary>
public sealed class ReplyRecordForm : TaskForm
{
    public override string Key => "reply-record";

    public override string Materials => "答复书和证据、依据材料";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("replyReceived", "是否收到书面答复", FieldKind.YesNo) { Options = [new("true", "已收到"), new("false", "未收到")] },
        new("replyReceivedOn", "收到答复日期", FieldKind.Date) { NotAfterToday = true, ShownWhen = f => f.Bool("replyReceived") == true },
        new("evidenceSubmitted", "是否提交证据、依据", FieldKind.YesNo)
        {
            Help = "未提交的，视为该行政行为没有证据、依据（第七十条）。", ShownWhen = f => f.Bool("replyReceived") == true,
        },
    ];

    public override void Prefill(TaskFormContext context)
    {
        // Confirming that no reply came is the task's very question; recording one starts from today.
        if (context.ElementId.EndsWith("ConfirmNoReply", StringComparison.Ordinal)) this["replyReceived"] = "false";
        this["replyReceivedOn"] = Iso(context.Today);
    }
}
