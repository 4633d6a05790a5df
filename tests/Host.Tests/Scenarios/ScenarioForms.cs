using System.Text.Json.Nodes;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>Form data the scenarios submit, as staff would fill the forms of docs/workflows.md.</summary>
public static class ScenarioForms
{
    public static object Direct(DateOnly on) => new { serviceMethod = "direct", servedOn = Iso(on) };

    public static object Approve => new { approved = true, approvalComment = "同意" };

    /// <summary>The decision-draft form: the kind, the holding and its articles, the fields the kind needs
    /// (<paramref name="fields"/>: item, paragraph, performDays, redoDays) and the decision's own text; <paramref name="data"/>
    /// is merged over the sample's decision data (a field set to null is removed).</summary>
    public static Dictionary<string, object?> Draft(string kind, string holding = "维持被申请人作出的行政处罚决定。", string article = "《中华人民共和国行政复议法》第六十八条",
        JsonObject? data = null, object? fields = null)
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "decision.json")))!["decision"]!.DeepClone().AsObject();
        // The draft form's fields and the recorded holding decide these, not the document data.
        foreach (var name in new[] { "kind", "orders", "item", "redo_days" }) sample.Remove(name);
        foreach (var (name, value) in data ?? [])
        {
            if (value is null) sample.Remove(name);
            else sample[name] = value.DeepClone();
        }

        var form = new Dictionary<string, object?>
        {
            ["decisionKind"] = kind, ["opinionLetterNeeded"] = false, ["holding"] = holding, ["articles"] = new[] { article },
            // documentData[type] is that document's data, merged over what the case gives (as the API's data).
            ["documentData"] = new JsonObject { ["decision"] = new JsonObject { ["decision"] = sample } },
        };
        foreach (var property in fields?.GetType().GetProperties() ?? []) form[property.Name] = property.GetValue(fields);
        return form;
    }

    /// <summary>The draft of a termination decision (withdrawal, Art. 41) with the sample's reasons.</summary>
    public static object TerminationDraft()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "termination-decision.json")))!["termination"]!.DeepClone();
        return new
        {
            decisionKind = "termination", opinionLetterNeeded = false, holding = "终止行政复议。",
            articles = new[] { "《中华人民共和国行政复议法》第四十一条第一款第（一）项" },
            documentData = new JsonObject { ["termination-decision"] = new JsonObject { ["termination"] = sample } },
        };
    }

    /// <summary>The draft of a mediation agreement (Art. 73) with the sample's terms.</summary>
    public static object MediationDraft()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "mediation-agreement.json")))!["mediation"]!.DeepClone();
        return new
        {
            decisionKind = "mediation", opinionLetterNeeded = false, holding = "双方当事人自愿达成调解协议。",
            articles = new[] { "《中华人民共和国行政复议法》第七十三条" },
            documentData = new JsonObject { ["mediation-agreement"] = new JsonObject { ["mediation"] = sample } },
        };
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
