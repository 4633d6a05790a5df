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
        new("hearingTime", "开始时间", FieldKind.Text, Required: false) { Help = "如 09:00；不填为 09:00。" },
        new("hearingPlace", "听证地点", FieldKind.Text),
        new("hearingIssues", "听证事项", FieldKind.Lines) { Help = "每行一项争议焦点。" },
        new("hearingPresiding", "主持人", FieldKind.Text),
        new("hearingOfficers", "听证员", FieldKind.Lines) { Help = "每行一人，至少两人（第五十一条：听证由一名行政复议人员任主持人，两名以上行政复议人员任听证员）。" },
        new("hearingRecorder", "记录员", FieldKind.Text),
    ];

    public override string? Note(TaskFormContext context) =>
        $"应当于举行听证的五个工作日前通知当事人（第五十一条）：今天通知，听证日期最早为{Day(Earliest(context))}。";

    public override void Prefill(TaskFormContext context) => this["hearingDate"] = Iso(Earliest(context));

    protected override IEnumerable<(string Field, string Message)> Check(TaskFormContext context)
    {
        if (Date("hearingDate") is { } day && day < Earliest(context))
            yield return ("hearingDate", $"听证日期须在通知之日起五个工作日之后，最早为{Day(Earliest(context))}（第五十一条）。");
        if (Text("hearingTime") is { } time && !TimeOnly.TryParseExact(time, "HH:mm", out _))
            yield return ("hearingTime", "开始时间请写成“09:00”的形式。");
        if (Lines("hearingOfficers") is { Count: > 0 and < 2 })
            yield return ("hearingOfficers", "听证员须为两名以上行政复议人员（第五十一条）。");
    }

    private static DateOnly Earliest(TaskFormContext context) => context.Calendar.AddWorkingDays(context.Today, NoticeWorkingDays).Date;
}
