using System.Collections.Immutable;
using System.Text.Json;

namespace Reconsideration.Workflows.Runtime.State;

/// <summary>Conversions between caller values and the JSON values the engine stores.</summary>
internal static class Variables
{
    public static readonly ImmutableDictionary<string, JsonElement> Empty = ImmutableDictionary<string, JsonElement>.Empty;

    // Chinese stays readable in stored values and in the journal's "变量 = 值" details.
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement ToJson(object? value) => value switch
    {
        JsonElement e => e.Clone(),
        _ => JsonSerializer.SerializeToElement(value, Options),
    };

    public static ImmutableDictionary<string, JsonElement> From(IReadOnlyDictionary<string, object?>? values) =>
        values is null ? Empty : values.ToImmutableDictionary(kv => kv.Key, kv => ToJson(kv.Value));

    public static bool SameValue(JsonElement a, JsonElement b) => JsonElement.DeepEquals(a, b);
}
