using System.Text.Json.Nodes;
using Reconsideration.Host.Features.Api.Documents;

namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>
/// acceptance-review (受理审查, Arts. 30–31): accept with a procedure, ask for correction, refuse, or forward. Accepting a
/// case with third parties also gives what their notice (第三人参加行政复议通知书, Art. 16) needs beyond the case: why
/// they take part and within how many working days they submit their opinion.
/// </summary>
public sealed class AcceptanceReviewForm : TaskForm
{
    public override string Key => "acceptance-review";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("reviewResult", "审查结论", FieldKind.Choice)
        {
            Options = [new("accept", "予以受理"), new("correct", "通知补正"), new("refuse", "不予受理"), new("forward", "转送有权处理的机关")],
        },
        new("procedure", "审理程序", FieldKind.Choice)
        {
            Options = [new("ordinary", "普通程序"), new("simplified", "简易程序")], ShownWhen = f => f.Text("reviewResult") == "accept",
        },
        new("procedureReason", "适用简易程序的理由", FieldKind.Paragraphs)
        {
            Help = "第五十三条所列情形，或者当事人各方同意适用简易程序。",
            ShownWhen = f => f.Text("reviewResult") == "accept" && f.Text("procedure") == "simplified",
        },
        new("correctionItems", "补正事项", FieldKind.Lines)
        {
            Help = "每行一项；补正通知应当一次性载明需要补正的全部事项（第三十一条）。", ShownWhen = f => f.Text("reviewResult") == "correct",
        },
        new("refusalReason", "不予受理的理由", FieldKind.Paragraphs) { ShownWhen = f => f.Text("reviewResult") == "refuse" },
        new("refusalArticles", "依据条款", FieldKind.Lines)
        {
            Help = "每行一条，如：《中华人民共和国行政复议法》第三十条第一款第（四）项", ShownWhen = f => f.Text("reviewResult") == "refuse",
        },
        new("competentOrgan", "有权处理的机关", FieldKind.Text, Required: false)
        {
            Help = "转送时必填；不予受理且属于其他机关管辖时填写。", ShownWhen = f => f.Text("reviewResult") is "refuse" or "forward",
        },
        new("forwardReason", "转送理由", FieldKind.Text, Required: false)
        {
            Help = "留空时为“本机关对该申请无管辖权”。", ShownWhen = f => f.Text("reviewResult") == "forward",
        },
        new("thirdPartyReason", "通知第三人参加的理由", FieldKind.Paragraphs, IsVariable: false)
        {
            Help = "写入第三人参加行政复议通知书，如：经审查，你单位系该行政处罚案件的举报人", ShownWhen = NotifiesThirdParties,
        },
        new("thirdPartyDays", "第三人提交书面意见的期限（工作日）", FieldKind.Number, IsVariable: false)
        {
            Range = (1, 30), ShownWhen = NotifiesThirdParties,
        },
    ];

    // Set by Prefill from the case: the notice is issued on acceptance only when the application names third parties.
    private static bool NotifiesThirdParties(TaskForm form) => form.Text("reviewResult") == "accept" && form.Text(HasThirdParties) == "true";

    private const string HasThirdParties = "hasThirdParties";

    public override void Prefill(TaskFormContext context)
    {
        this[HasThirdParties] = context.Case?.Application.ThirdParties.Count > 0 ? "true" : "false";
        this["thirdPartyDays"] ??= "10";
    }

    protected override void AddVariables(JsonObject variables, TaskFormContext context)
    {
        if (!NotifiesThirdParties(this)) return;
        variables["documentData"] = new JsonObject
        {
            ["third-party-notice"] = new JsonObject
            {
                ["third_party_notice"] = new JsonObject { ["reason"] = Text("thirdPartyReason"), ["deadline_days"] = Number("thirdPartyDays") },
            },
        };
    }

    protected override IEnumerable<(string Field, string Message)> Check(TaskFormContext context)
    {
        if (Text("reviewResult") == "forward" && Text("competentOrgan") is null) yield return ("competentOrgan", "转送时请填写有权处理的机关。");
    }

    public override DocumentDraft? Document(TaskFormContext context) => Text("reviewResult") switch
    {
        "correct" when Lines("correctionItems") is { Count: > 0 } items => new DocumentDraft("correction-notice", "补正通知书", new JsonObject
        {
            ["correction"] = new JsonObject { ["items"] = Strings(items), ["period_days"] = 10 },
        }),
        "refuse" => RefusalDraft(Text("refusalReason"), Lines("refusalArticles"), Text("competentOrgan")),
        _ => null,
    };

    /// <summary>The refusal decision as it will be issued from these values (the step is recorded only when it is issued).</summary>
    public static DocumentDraft RefusalDraft(string? reason, IReadOnlyList<string> articles, string? competentOrgan) =>
        new("refusal-decision", "不予受理决定书", new JsonObject
        {
            ["refusal"] = new JsonObject
            {
                ["item"] = CaseDocumentData.RefusalItem(articles), ["reasons"] = reason, ["competent_organ"] = competentOrgan,
            },
        });
}
