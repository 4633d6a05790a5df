namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// The keys of the decision kinds as the workflow's decision-draft form and the decision template's
/// <c>decision.kind</c> spell them (docs/workflows.md "Forms", docs/documents.md "The decision").
/// </summary>
public static class DecisionKinds
{
    private static readonly IReadOnlyDictionary<string, DecisionType> ByKey = new Dictionary<string, DecisionType>
    {
        ["maintain"] = DecisionType.Maintain,
        ["reject-request"] = DecisionType.RejectRequest,
        ["vary"] = DecisionType.Vary,
        ["revoke"] = DecisionType.Revoke,
        ["partially-revoke"] = DecisionType.PartiallyRevoke,
        ["confirm-illegal"] = DecisionType.ConfirmIllegal,
        ["confirm-void"] = DecisionType.ConfirmVoid,
        ["order-performance"] = DecisionType.OrderPerformance,
    };

    public static bool TryParse(string key, out DecisionType type) => ByKey.TryGetValue(key, out type);

    /// <summary>The key of <paramref name="type"/>, or null for the procedural ends (dismissal, termination, mediation …).</summary>
    public static string? KeyOf(DecisionType type) => ByKey.FirstOrDefault(kv => kv.Value == type).Key;
}
