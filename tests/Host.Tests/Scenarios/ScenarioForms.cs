using System.Text.Json.Nodes;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>Form data the scenarios submit, as staff would fill the forms of docs/workflows.md.</summary>
public static class ScenarioForms
{
    public static object Direct(DateOnly on) => new { serviceMethod = "direct", servedOn = Iso(on) };

    public static object Approve => new { approved = true, approvalComment = "同意" };

    /// <summary>The decision-draft form: the kind, the holding and its articles, and the decision's own text.</summary>
    public static object Draft(string kind)
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "decision.json")))!["decision"]!.DeepClone().AsObject();
        sample["kind"] = kind;
        return new
        {
            decisionKind = kind, opinionLetterNeeded = false, holding = "维持被申请人作出的行政处罚决定。",
            articles = new[] { "《中华人民共和国行政复议法》第六十八条" },
            // documentData[type] is that document's data, merged over what the case gives (as the API's data).
            documentData = new JsonObject { ["decision"] = new JsonObject { ["decision"] = sample } },
        };
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
