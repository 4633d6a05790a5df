using System.Text.Json.Nodes;

namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>
/// decision-draft (拟定文书, Art. 61): the kind of document — a decision by its holding (Arts. 63–69) or a procedural
/// document (refusal, dismissal, termination, mediation agreement) — the holding and its articles, which the domain
/// records, and the document's own text, sent as documentData[type] and merged over what the case gives.
/// </summary>
public sealed class DecisionDraftForm : TaskForm
{
    /// <summary>The kinds of 行政复议决定书 and what each decides.</summary>
    public static readonly IReadOnlyList<FormOption> DecisionKinds =
    [
        new("maintain", "维持"), new("reject-request", "驳回复议请求"), new("vary", "变更"), new("revoke", "撤销"), new("partially-revoke", "部分撤销"),
        new("confirm-illegal", "确认违法"), new("confirm-void", "确认无效"), new("order-performance", "责令履行"),
    ];

    /// <summary>The procedural kinds, each a document of its own.</summary>
    public static readonly IReadOnlyList<FormOption> ProceduralKinds =
    [
        new("refusal", "不予受理决定"), new("dismissal", "驳回行政复议申请决定"), new("termination", "终止行政复议决定"), new("mediation", "行政复议调解书"),
    ];

    public override string Key => "decision-draft";

    public override IReadOnlyList<FormField> Fields { get; } =
    [
        new("decisionKind", "文书种类", FieldKind.Choice) { Options = [.. DecisionKinds, .. ProceduralKinds] },
        new("item", "适用的项", FieldKind.Number)
        {
            Help = "变更：第六十三条第一款第几项；撤销、部分撤销：第六十四条第一款第几项；确认违法：第六十五条第几款的第几项；驳回申请：第三十条第一款第几项；终止：第四十一条第一款第几项。",
            ShownWhen = f => KindOf(f) is "vary" or "revoke" or "partially-revoke" or "confirm-illegal" or "dismissal" or "termination",
        },
        new("paragraph", "适用的款", FieldKind.Number) { Range = (1, 2), ShownWhen = f => KindOf(f) == "confirm-illegal" },
        new("redoDays", "责令重新作出行政行为的期限（日）", FieldKind.Number, Required: false)
        {
            Range = (1, 365), ShownWhen = f => KindOf(f) is "revoke" or "partially-revoke",
        },
        new("performDays", "责令履行的期限（日）", FieldKind.Number) { Range = (1, 365), ShownWhen = f => KindOf(f) == "order-performance" },
        new("request", "申请人请求", FieldKind.Paragraphs, IsVariable: false) { ShownWhen = f => IsDecisionKind(f) || KindOf(f) == "mediation" },
        new("applicantSays", "申请人称", FieldKind.Paragraphs, IsVariable: false) { ShownWhen = f => IsDecisionKind(f) },
        new("respondentSays", "被申请人称", FieldKind.Paragraphs, IsVariable: false) { ShownWhen = f => IsDecisionKind(f) },
        new("thirdPartySays", "第三人称", FieldKind.Paragraphs, Required: false, IsVariable: false) { ShownWhen = f => IsDecisionKind(f) },
        new("facts", "经审理查明", FieldKind.Paragraphs, IsVariable: false) { ShownWhen = f => IsDecisionKind(f) || KindOf(f) is "termination" or "mediation" },
        new("evidence", "证据", FieldKind.Lines, Required: false, IsVariable: false) { Help = "每行一项。", ShownWhen = f => IsDecisionKind(f) },
        new("reasoning", "本机关认为", FieldKind.Paragraphs, IsVariable: false) { ShownWhen = f => IsDecisionKind(f) || KindOf(f) == "dismissal" },
        new("settlement", "是否因和解撤回", FieldKind.YesNo, IsVariable: false) { ShownWhen = f => KindOf(f) == "termination" },
        new("terms", "调解协议内容", FieldKind.Lines, IsVariable: false) { Help = "每行一项。", ShownWhen = f => KindOf(f) == "mediation" },
        new("holding", "决定主文", FieldKind.Paragraphs) { Help = "每段一项决定，如：维持被申请人作出的……", ShownWhen = f => KindOf(f) is not (null or "refusal") },
        new("articles", "依据的法律条文", FieldKind.Lines) { Help = "每行一条，如：《中华人民共和国行政复议法》第六十八条", ShownWhen = f => KindOf(f) is not (null or "refusal") },
        new("opinionLetterNeeded", "是否需要制发行政复议意见书", FieldKind.YesNo) { Help = "第七十六条。", ShownWhen = f => IsDecisionKind(f) },
    ];

    private string? Kind => KindOf(this);

    private bool IsDecision => IsDecisionKind(this);

    private static string? KindOf(TaskForm form) => form.Text("decisionKind");

    private static bool IsDecisionKind(TaskForm form) => DecisionKinds.Any(k => k.Value == KindOf(form));

    public override void Prefill(TaskFormContext context)
    {
        // The review's outcome (or the refusal in acceptance review) already says which document this is.
        this["decisionKind"] = ExpectedKind(context);
        if (context.Case?.Application is { } application)
        {
            this["request"] = application.Requests;
            this["applicantSays"] = application.FactsAndReasons;
        }
    }

    protected override IEnumerable<(string Field, string Message)> Check(TaskFormContext context)
    {
        var expected = ExpectedKind(context);
        if (expected is not null && Kind != expected)
        {
            var name = ProceduralKinds.First(k => k.Value == expected).Label;
            yield return ("decisionKind", $"本案审理意见须制作{name}，请选择“{name}”。");
        }
        else if (context.Variable("outcome") == "decision" && !IsDecision) yield return ("decisionKind", "审理意见为作出行政复议决定，请选择决定的种类（维持、撤销等）。");
        var (min, max) = Kind switch { "vary" => (1, 3), "revoke" or "partially-revoke" => (1, 4), "dismissal" => (1, 7), "termination" => (1, 5), _ => (1, 9) };
        if (Number("item") is { } item && (item < min || item > max)) yield return ("item", $"适用的项须在{min}至{max}之间。");
    }

    /// <summary>The procedural kind the process already decided on (the review's outcome, or a refusal), else null.</summary>
    private static string? ExpectedKind(TaskFormContext context) => context.Variable("outcome") switch
    {
        "dismissal" or "termination" or "mediation" => context.Variable("outcome"),
        null when context.Variable("reviewResult") == "refuse" => "refusal",
        _ => null,
    };

    protected override void AddVariables(JsonObject variables, TaskFormContext context)
    {
        // The signing flow reads opinionLetterNeeded for every kind: false unless a decision asks for the letter.
        variables.TryAdd("opinionLetterNeeded", false);
        if (Kind != "refusal" && Document(context) is { } draft) variables["documentData"] = new JsonObject { [draft.TypeKey] = draft.Data };
    }

    public override DocumentDraft? Document(TaskFormContext context) => Kind switch
    {
        "refusal" => AcceptanceReviewForm.RefusalDraft(context.Variable("refusalReason"), context.Texts("refusalArticles"), context.Variable("competentOrgan")),
        "dismissal" => Draft("dismissal-decision", "驳回行政复议申请决定书", "dismissal", new JsonObject { ["item"] = Number("item"), ["reasons"] = Paragraphs("reasoning") }),
        "termination" => Draft("termination-decision", "终止行政复议决定书", "termination", new JsonObject
        {
            ["item"] = Number("item"), ["facts"] = Paragraphs("facts"), ["settlement"] = Bool("settlement") == true,
        }),
        "mediation" => Draft("mediation-agreement", "行政复议调解书", "mediation", new JsonObject
        {
            ["request"] = Text("request"), ["facts"] = Paragraphs("facts"), ["terms"] = Paragraphs("terms"),
        }),
        _ when IsDecision => Draft("decision", "行政复议决定书", "decision", DecisionData()),
        _ => null,
    };

    private JsonObject DecisionData()
    {
        var data = new JsonObject
        {
            ["kind"] = Kind, ["request"] = Text("request"), ["applicant_says"] = Paragraphs("applicantSays"), ["respondent_says"] = Paragraphs("respondentSays"),
            ["facts"] = Paragraphs("facts"), ["reasoning"] = Paragraphs("reasoning"), ["orders"] = Paragraphs("holding"),
        };
        if (Has("thirdPartySays")) data["third_party_says"] = Paragraphs("thirdPartySays");
        if (Has("evidence")) data["evidence"] = Paragraphs("evidence");
        foreach (var (field, key) in new[] { ("item", "item"), ("paragraph", "paragraph"), ("redoDays", "redo_days"), ("performDays", "perform_days") })
        {
            if (Has(field)) data[key] = Number(field);
        }

        return data;
    }

    private static DocumentDraft Draft(string type, string name, string section, JsonObject data) => new(type, name, new JsonObject { [section] = data });

    private JsonArray Paragraphs(string name) => Strings(Lines(name));
}
