namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>hearing-record (听证笔录): the day it was held, who took part, and the record's main points.</summary>
public sealed class HearingRecordForm : TaskForm
{
    public override string Key => "hearing-record";

    public override string Materials => "听证笔录及听证中提交的材料";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("heldOn", "举行听证日期", FieldKind.Date) { NotAfterToday = true },
        new("hearingParticipants", "参加人员", FieldKind.Paragraphs),
        new("hearingRecord", "听证笔录要点", FieldKind.Paragraphs) { Help = "陈述、举证、质证和辩论的要点；笔录经当事人核对签字。" },
    ];

    public override void Prefill(TaskFormContext context) => this["heldOn"] = context.Variable("hearingDate") ?? Iso(context.Today);
}
