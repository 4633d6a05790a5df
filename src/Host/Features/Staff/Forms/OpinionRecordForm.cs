using System.Text.Json.Nodes;

namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>opinion-record (听取意见, Art. 49): the opinions were heard; whether a hearing and the committee are needed.</summary>
public sealed class OpinionRecordForm : TaskForm
{
    public override string Key => "opinion-record";

    public override string Materials => "听取意见的笔录和当事人提交的材料";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("hearingNeeded", "是否组织听证", FieldKind.YesNo) { Help = "重大、疑难、复杂的案件应当组织听证（第五十条）。" },
        new("committeeNeeded", "是否提请行政复议委员会咨询", FieldKind.YesNo) { Help = "第五十二条所列情形。" },
    ];

    protected override void AddVariables(JsonObject variables, TaskFormContext context) => variables["opinionsHeard"] = true;
}
