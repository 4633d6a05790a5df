using System.Text.Json;
using System.Text.Json.Nodes;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// The decision-draft form's contract beyond <c>decisionKind</c>, <c>holding</c> and <c>articles</c>: the fields each
/// decision kind's article needs in the decision (docs/workflows.md "Forms"). The task endpoint refuses a draft that
/// lacks one; the documents.issue handler names it in its incident when a draft reached it without.
/// </summary>
internal static class DecisionDraftForm
{
    /// <summary>Form variable, template field, what it is (in the message), and the kinds that require it.</summary>
    private static readonly (string Variable, string Field, string What, string[] RequiredFor)[] Fields =
    [
        ("item", "item", "决定所依据条款的项，如第六十四条第一款第（一）项填1", ["vary", "revoke", "partially-revoke", "confirm-illegal"]),
        ("paragraph", "paragraph", "确认违法所依据的第六十五条的款，1或2", ["confirm-illegal"]),
        ("performDays", "perform_days", "责令被申请人履行法定职责的期限（日）", ["order-performance"]),
        ("redoDays", "redo_days", "责令被申请人重新作出行政行为的期限（日），不责令重作时不填", []),
    ];

    /// <summary>The first field <paramref name="kind"/> needs that <paramref name="form"/> lacks, as a Chinese message; null when complete.</summary>
    public static (string Variable, string Message)? Missing(string kind, IReadOnlyDictionary<string, JsonElement> form)
    {
        foreach (var (variable, _, what, requiredFor) in Fields)
        {
            if (!requiredFor.Contains(kind) || Number(form, variable) is > 0) continue;
            var label = DecisionKinds.TryParse(kind, out var type) ? Label(type) : kind;
            return (variable, $"拟稿表单缺少“{variable}”（{what}）：{label}决定需要该字段；请在拟稿表单中填写后再提交。");
        }

        return null;
    }

    /// <summary>The decision fields of the form for the template (<c>decision.item</c>, <c>paragraph</c>, <c>perform_days</c>, <c>redo_days</c>).</summary>
    public static JsonObject DocumentFields(IReadOnlyDictionary<string, JsonElement> form)
    {
        var fields = new JsonObject();
        foreach (var (variable, field, _, _) in Fields)
        {
            if (Number(form, variable) is { } n) fields[field] = n;
        }

        return fields;
    }

    private static int? Number(IReadOnlyDictionary<string, JsonElement> form, string name) =>
        form.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n
        : form.TryGetValue(name, out v) && v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), out n) ? n
        : null;

    private static string Label(DecisionType type) => type switch
    {
        DecisionType.Vary => "变更",
        DecisionType.Revoke => "撤销",
        DecisionType.PartiallyRevoke => "部分撤销",
        DecisionType.ConfirmIllegal => "确认违法",
        DecisionType.OrderPerformance => "责令履行",
        _ => "该",
    };
}
