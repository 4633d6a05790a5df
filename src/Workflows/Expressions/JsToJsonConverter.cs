using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// Turns an expression's result into JSON. Runs after the script has finished, outside the engine's time
/// limit, so it must never run script: it reads only data properties of plain objects and arrays and
/// refuses accessors and exotic objects instead of calling them. Size and depth are bounded.
/// </summary>
/// <remarks>
/// undefined (at the top, in arrays and in objects) becomes null; a Date becomes its ISO 8601 UTC string;
/// functions, symbols, BigInt, NaN and ±Infinity, Map/Set/typed arrays and other exotic objects are errors
/// rather than JSON.stringify's silent omissions, because a process variable that quietly lost a part is
/// worse than a clear message at the gateway that produced it.
/// </remarks>
internal sealed class JsToJsonConverter
{
    public const int MaxDepth = 64;
    private const int MaxNodes = 1_000_000;

    private static readonly JsonElement TrueElement = JsonElement.Parse("true");
    private static readonly JsonElement FalseElement = JsonElement.Parse("false");
    private static readonly JsonElement NullElement = JsonElement.Parse("null");

    private readonly long _maxBytes;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;
    private int _nodes;

    private JsToJsonConverter(long maxBytes)
    {
        _maxBytes = maxBytes;
        // Chinese text stays readable in stored variables; the JSON is data, never embedded in HTML as is.
        _writer = new Utf8JsonWriter(
            _buffer,
            new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Converts <paramref name="value"/>; a value that has no JSON form throws <see cref="ResultNotJsonException"/>.</summary>
    public static JsonElement Convert(JsValue value, long maxBytes)
    {
        switch (value.Type)
        {
            case Types.Boolean:
                return value.AsBoolean() ? TrueElement : FalseElement;
            case Types.Null:
            case Types.Undefined:
            case Types.Empty:
                return NullElement;
        }

        var converter = new JsToJsonConverter(maxBytes > 0 ? maxBytes : long.MaxValue);
        converter.Write(value, depth: 0);
        converter._writer.Flush();
        return JsonElement.Parse(converter._buffer.WrittenSpan);
    }

    private void Write(JsValue value, int depth)
    {
        if (++_nodes > MaxNodes || _writer.BytesCommitted + _writer.BytesPending > _maxBytes)
        {
            throw new ResultNotJsonException("结果过大");
        }

        switch (value.Type)
        {
            case Types.Boolean:
                _writer.WriteBooleanValue(value.AsBoolean());
                return;
            case Types.Null:
            case Types.Undefined:
            case Types.Empty:
                _writer.WriteNullValue();
                return;
            case Types.Number:
                WriteNumber(value.AsNumber());
                return;
            case Types.String:
                WriteString(value.ToString());
                return;
            case Types.Symbol:
                throw new ResultNotJsonException("含有 Symbol 值");
            case Types.BigInt:
                throw new ResultNotJsonException("含有 BigInt 值（请先用 Number() 转换）");
        }

        if (depth >= MaxDepth)
        {
            throw new ResultNotJsonException($"嵌套超过{MaxDepth}层，或存在循环引用");
        }

        switch (value)
        {
            case JsDate date:
                WriteString(ToIsoString(date));
                return;
            case JsArray array when array.GetType() == typeof(JsArray):
                WriteArray(array, depth);
                return;
            case JsObject obj when obj.GetType() == typeof(JsObject):
                WriteObject(obj, depth);
                return;
            case var callable when callable.IsCallable():
                throw new ResultNotJsonException("含有函数");
            default:
                throw new ResultNotJsonException("含有无法表示为 JSON 的对象（如 Map、Set、正则表达式、类型化数组或错误对象）");
        }
    }

    private void WriteNumber(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ResultNotJsonException($"含有非有限数值 {(double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity")}");
        }

        // Whole numbers are written without a fraction so that 1500 stays 1500 for .NET readers.
        if (number == Math.Floor(number) && Math.Abs(number) < 9_007_199_254_740_992d)
        {
            _writer.WriteNumberValue((long)number);
        }
        else
        {
            _writer.WriteNumberValue(number);
        }
    }

    private void WriteString(string text)
    {
        if (text.Length > _maxBytes)
        {
            throw new ResultNotJsonException("结果过大");
        }

        _writer.WriteStringValue(text);
    }

    private static string ToIsoString(JsDate date)
    {
        var milliseconds = date.DateValue;
        if (double.IsNaN(milliseconds))
        {
            throw new ResultNotJsonException("含有无效日期（Invalid Date）");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    private void WriteArray(JsArray array, int depth)
    {
        var length = array.Length;
        if (length > MaxNodes - _nodes)
        {
            throw new ResultNotJsonException("结果过大");
        }

        _writer.WriteStartArray();
        for (uint index = 0; index < length; index++)
        {
            var descriptor = array.GetOwnProperty(index);
            if (descriptor.IsAccessorDescriptor())
            {
                throw new ResultNotJsonException($"数组第{index}项是访问器属性（get/set）");
            }

            // A hole reads as undefined and is written as null, like JSON.stringify.
            Write(descriptor.IsDataDescriptor() ? descriptor.Value : JsValue.Undefined, depth + 1);
        }

        _writer.WriteEndArray();
    }

    private void WriteObject(JsObject obj, int depth)
    {
        _writer.WriteStartObject();
        foreach (var key in obj.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = obj.GetOwnProperty(key);
            if (!descriptor.Enumerable)
            {
                continue;
            }

            var name = key.ToString();
            if (descriptor.IsAccessorDescriptor())
            {
                throw new ResultNotJsonException($"属性“{name}”是访问器属性（get/set）");
            }

            _writer.WritePropertyName(name);
            Write(descriptor.Value, depth + 1);
        }

        _writer.WriteEndObject();
    }
}
