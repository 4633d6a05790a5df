using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// Turns the JSON data into plain dictionaries, lists and scalars, the shapes Fluid reads natively.
/// </summary>
internal static class JsonModel
{
    internal static Dictionary<string, object?> ToObject(JsonObject node) =>
        node.ToDictionary(pair => pair.Key, pair => Convert(pair.Value), StringComparer.Ordinal);

    internal static object? Convert(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => ToObject(obj),
        JsonArray array => array.Select(Convert).ToList(),
        JsonValue value => Scalar(value),
        _ => null,
    };

    internal static object? Lookup(Dictionary<string, object?> root, string path)
    {
        object? current = root;
        foreach (var part in path.Split('.'))
        {
            if (current is not Dictionary<string, object?> obj || !obj.TryGetValue(part, out current)) return null;
        }
        return current;
    }

    private static object? Scalar(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                // The private-use characters are the template line markers; data must not be able to forge one.
                return value.GetValue<string>().Replace("\uE000", "", StringComparison.Ordinal).Replace("\uE001", "", StringComparison.Ordinal);
            case JsonValueKind.Number:
                // Whole numbers stay integers so templates print "2026", not "2026.0", and compare with ==.
                // Read through the JSON text: nodes built in code hold int, double… that GetValue<decimal> refuses.
                var number = decimal.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
                return number == decimal.Truncate(number) && Math.Abs(number) < long.MaxValue ? (object)(long)number : number;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
