namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>copy-to-respondent (发送申请书副本, Arts. 48, 54): the day the copy was sent.</summary>
public sealed class CopyToRespondentForm : TaskForm
{
    public override string Key => "copy-to-respondent";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("copySentOn", "发送日期", FieldKind.Date) { NotAfterToday = true, Help = "申请书副本或者申请笔录复印件发送被申请人之日。" },
    ];

    public override void Prefill(TaskFormContext context) => this["copySentOn"] = Iso(context.Today);
}
