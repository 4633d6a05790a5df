namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>committee-opinion (行政复议委员会咨询意见, Art. 52).</summary>
public sealed class CommitteeOpinionForm : TaskForm
{
    public override string Key => "committee-opinion";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("committeeOpinion", "委员会咨询意见", FieldKind.Paragraphs) { Help = "作出决定时应当将咨询意见作为重要参考依据。" },
    ];
}
