namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>hearing-arrangement (安排听证, Art. 51): the day — notified at least five working days ahead — place and issues.</summary>
public sealed class HearingArrangementForm : TaskForm
{
    /// <summary>The notice period of Art. 51 in working days.</summary>
    public const int NoticeWorkingDays = 5;

    public override string Key => "hearing-arrangement";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("hearingDate", "听证日期", FieldKind.Date),
        new("hearingPlace", "听证地点", FieldKind.Text),
        new("hearingIssues", "听证事项", FieldKind.Lines) { Help = "每行一项争议焦点。" },
    ];

    public override string? Note(TaskFormContext context) =>
        $"应当于举行听证的五个工作日前通知当事人（第五十一条）：今天通知，听证日期最早为{Day(Earliest(context))}。";

    public override void Prefill(TaskFormContext context) => this["hearingDate"] = Iso(Earliest(context));

    protected override IEnumerable<(string Field, string Message)> Check(TaskFormContext context)
    {
        if (Date("hearingDate") is { } day && day < Earliest(context))
            yield return ("hearingDate", $"听证日期须在通知之日起五个工作日之后，最早为{Day(Earliest(context))}（第五十一条）。");
    }

    private static DateOnly Earliest(TaskFormContext context) => context.Calendar.AddWorkingDays(context.Today, NoticeWorkingDays).Date;
}
