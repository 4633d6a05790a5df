using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconsideration.Workflows.Simulation;

/// <summary>Reading a simulation script: the steps, their variables and the clock start.</summary>
internal static class SimulationScript
{
    public static List<JsonObject> Parse(string script)
    {
        try
        {
            return JsonNode.Parse(script) is JsonArray array
                ? array.Select((s, i) => s as JsonObject ?? throw Invalid(i, "每一步都应是 JSON 对象。")).ToList()
                : throw new SimulationException("步骤文件应为 JSON 数组。");
        }
        catch (JsonException e)
        {
            throw new SimulationException($"步骤文件不是有效的 JSON：{e.Message}");
        }
    }

    /// <summary>
    /// The <c>clockStart</c> of a first start step: an ISO 8601 date-time, China time when it has no offset
    /// (<c>2026-09-24T10:00:00</c> = 10:00 Beijing time). Null when absent.
    /// </summary>
    public static DateTimeOffset? ClockStart(IReadOnlyList<JsonObject> steps)
    {
        if (steps.Count == 0 || steps[0]["start"] is not JsonObject start || start["clockStart"] is not { } node) return null;
        var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (text is null || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            throw Invalid(0, $"clockStart“{text ?? node.ToJsonString()}”不是 ISO 8601 日期时间（如 2026-09-24T10:00:00+08:00）。");
        return parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, TimeSpan.FromHours(8))
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, object?>? Variables(JsonNode? node, int index) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(kv => kv.Key, kv => (object?)JsonSerializer.SerializeToElement(kv.Value)),
        _ => throw Invalid(index, "variables 应为 JSON 对象。"),
    };

    public static SimulationException Invalid(int index, string message) => new($"第{index + 1}步（下标{index}）无效：{message}");
}
