namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>
/// review-conclusion (审理意见): how the review ends — a decision, dismissal (Art. 33), termination (Art. 41),
/// mediation (Art. 73) — and, in the simplified procedure only, conversion to the ordinary procedure (Art. 55).
/// </summary>
public sealed class ReviewConclusionForm(bool simplified) : TaskForm
{
    public override string Key => "review-conclusion";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("outcome", "审理意见", FieldKind.Choice)
        {
            Options =
            [
                new("decision", "作出行政复议决定"), new("dismissal", "驳回行政复议申请"), new("termination", "终止行政复议"), new("mediation", "进行调解"),
                .. (simplified ? new FormOption[] { new("convert", "转为普通程序审理") } : []),
            ],
        },
        new("conversionReason", "转为普通程序的理由", FieldKind.Paragraphs)
        {
            Help = "案情复杂、不宜适用简易程序的情形（第五十五条），报机构负责人批准。", ShownWhen = f => f.Text("outcome") == "convert",
        },
    ];
}
