using System.Text.Json.Nodes;

namespace Reconsideration.Workflows.Tests.Conformance;

/// <summary>
/// A readable comparison of an expected trace with a simulation report. <c>visited</c> is compared in order;
/// <c>openTasks</c> and <c>incidents</c> as multisets (tasks created at one instant have no order); <c>incidents</c>
/// only when the expected file lists them.
/// </summary>
internal static class ConformanceDiff
{
    public static List<string> Compare(JsonObject expected, JsonObject actual)
    {
        var differences = new List<string>();
        var expectedState = expected["state"]?.GetValue<string>();
        var actualState = actual["state"]?.GetValue<string>();
        if (expectedState != actualState) differences.Add($"state：预期 {expectedState}，实际 {actualState}");
        Sequence("visited", List(expected["visited"]), List(actual["visited"]), differences);
        Multiset("openTasks", List(expected["openTasks"]), List(actual["openTasks"]), differences);
        if (expected["incidents"] is not null)
            Multiset("incidents", List(expected["incidents"]), List(actual["incidents"]), differences);
        return differences;
    }

    private static void Sequence(string name, List<string> expected, List<string> actual, List<string> into)
    {
        if (expected.SequenceEqual(actual)) return;
        var at = 0;
        while (at < expected.Count && at < actual.Count && expected[at] == actual[at]) at++;
        into.Add($"{name} 自第 {at + 1} 项起不同（预期 {Item(expected, at)}，实际 {Item(actual, at)}）：\n"
                 + $"  预期 [{string.Join(", ", expected)}]\n  实际 [{string.Join(", ", actual)}]");
    }

    private static void Multiset(string name, List<string> expected, List<string> actual, List<string> into)
    {
        var e = expected.Order(StringComparer.Ordinal).ToList();
        var a = actual.Order(StringComparer.Ordinal).ToList();
        if (e.SequenceEqual(a)) return;
        var missing = e.ToList();
        foreach (var item in a) missing.Remove(item);
        var extra = a.ToList();
        foreach (var item in e) extra.Remove(item);
        into.Add($"{name} 不同：缺少 [{string.Join(", ", missing)}]，多出 [{string.Join(", ", extra)}]\n"
                 + $"  预期 [{string.Join(", ", expected)}]\n  实际 [{string.Join(", ", actual)}]");
    }

    private static string Item(List<string> list, int index) => index < list.Count ? list[index] : "（结束）";

    private static List<string> List(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValue<string>() ?? "null").ToList() : [];
}
