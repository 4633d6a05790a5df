using System.Text.Json.Nodes;

namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>intake (收案登记): the channel and the parties' names, from the registered case.</summary>
public sealed class IntakeTaskForm : TaskForm
{
    public override string Key => "intake";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("channel", "申请方式", FieldKind.Choice)
        {
            Options = [new("window", "当面递交"), new("post", "邮寄"), new("online", "网上申请"), new("oral", "口头申请"), new("forwarded", "转送")],
        },
        new("applicant", "申请人（或代表人）", FieldKind.Text),
        new("respondent", "被申请人", FieldKind.Text),
        new("thirdParties", "第三人", FieldKind.Lines, Required: false) { Help = "每行一个；没有第三人时留空。" },
    ];

    public override void Prefill(TaskFormContext context)
    {
        if (context.Case?.Application is not { } application) return;
        this["channel"] = application.Channel.ToString().ToLowerInvariant();
        this["applicant"] = application.Representative ?? application.Applicants[0].Name;
        this["respondent"] = application.Respondent.Name;
        this["thirdParties"] = string.Join('\n', application.ThirdParties.Select(p => p.Name));
    }

    // The workflow reads thirdParties.length: an empty list, never a missing variable.
    protected override void AddVariables(JsonObject variables, TaskFormContext context) => variables.TryAdd("thirdParties", new JsonArray());
}
