using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;

namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// Builds JavaScript values straight from <see cref="JsonElement"/>s — no serialising to text and parsing
/// again — as plain data: objects, arrays, strings, numbers, booleans and null. Nothing of .NET crosses.
/// </summary>
internal static class JsonToJsConverter
{
    public static JsValue Convert(Engine engine, JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        JsonValueKind.Null => JsValue.Null,
        JsonValueKind.Undefined => JsValue.Undefined,
        JsonValueKind.String => JsString.Create(element.GetString()!),
        JsonValueKind.Number => JsNumber.Create(ToDouble(element)),
        JsonValueKind.Array => ConvertArray(engine, element),
        _ => ConvertObject(engine, element),
    };

    private static double ToDouble(JsonElement element) =>
        // A literal beyond double's range (1e400) becomes ±Infinity, as in JavaScript's JSON.parse.
        element.TryGetDouble(out var value)
            ? value
            : double.Parse(element.GetRawText(), System.Globalization.CultureInfo.InvariantCulture);

    private static JsArray ConvertArray(Engine engine, JsonElement element)
    {
        var items = new JsValue[element.GetArrayLength()];
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items[index++] = Convert(engine, item);
        }

        return new JsArray(engine, items);
    }

    private static JsObject ConvertObject(Engine engine, JsonElement element)
    {
        var result = new JsObject(engine);
        foreach (var property in element.EnumerateObject())
        {
            // Duplicate names: the last one wins, as in JSON.parse.
            result.FastSetProperty(
                property.Name,
                new PropertyDescriptor(Convert(engine, property.Value), PropertyFlag.ConfigurableEnumerableWritable));
        }

        return result;
    }
}
