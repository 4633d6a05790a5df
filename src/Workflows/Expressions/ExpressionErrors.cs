using System.Globalization;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// Every message an expression failure shows, in one place: what happened, then what to change. Jint's
/// own texts (TypeError …, parser descriptions) are quoted as they are; they are the precise part.
/// </summary>
internal static partial class ExpressionErrors
{
    private const int ShownExpressionLength = 80;
    private const string FixHint = "请修改流程定义中的表达式。";

    public static string Empty() => "表达式为空。请在流程定义中填写表达式。";

    public static string Syntax(int line, int column, string description) =>
        $"表达式语法错误（第{line}行第{column}列）：{description}。请检查括号、引号和运算符是否成对、完整。";

    public static string TooDeeplyNested() => "表达式嵌套层数过多，无法解析。请拆分或简化表达式。";

    public static ExpressionException NotBoolean(string expression, JsValue result) => new(
        expression,
        $"条件表达式的结果必须是布尔值，实际为 {Describe(result)}（表达式“{Shorten(expression)}”）。"
        + "请写成比较或逻辑运算，例如 amount > 1000 或 approved === true。");

    public static ExpressionException NotJson(string expression, string reason) => new(
        expression,
        $"表达式“{Shorten(expression)}”的结果无法转换为 JSON：{reason}。"
        + "请让表达式返回数字、字符串、布尔值、null、数组或普通对象。");

    /// <summary>Maps whatever an evaluation threw to the message its author can act on.</summary>
    public static ExpressionException FromException(string expression, Exception exception, ExpressionLimits limits)
    {
        var shown = Shorten(expression);
        var message = exception switch
        {
            TimeoutException or RegexMatchTimeoutException or ExecutionCanceledException =>
                $"表达式“{shown}”执行超时（超过{FormatDuration(limits.Timeout)}），已中止。{FixHint}",
            MemoryLimitExceededException =>
                $"表达式“{shown}”占用的内存超过上限（{FormatBytes(limits.MemoryBytes)}），已中止。"
                + "请不要在表达式中构造过大的数组或字符串；大量数据请在服务任务中处理。",
            StatementsCountOverflowException =>
                $"表达式“{shown}”执行的语句数超过上限（{limits.MaxStatements}条），已中止。"
                + "请检查表达式中是否有死循环；复杂计算请移到服务任务中。",
            RecursionDepthOverflowException or InsufficientExecutionStackException =>
                $"表达式“{shown}”的函数调用层数超过上限（{limits.MaxRecursion}层），已中止。请检查表达式中是否有无限递归。",
            JavaScriptException javaScript => FromJavaScript(shown, javaScript.Error),
            _ => $"表达式“{shown}”执行时发生内部错误：{exception.GetType().Name}: {exception.Message}。"
                + "请联系系统管理员，并附上该表达式。",
        };
        return new ExpressionException(expression, message, exception);
    }

    private static string FromJavaScript(string shown, JsValue error)
    {
        var name = ReadDataProperty(error, "name");
        var text = ReadDataProperty(error, "message");
        if (name == "ReferenceError" && text is not null && NotDefined().Match(text) is { Success: true } match)
        {
            var variable = match.Groups[1].Value;
            return $"表达式“{shown}”执行出错：变量“{variable}”未定义。请确认流程已设置该变量；"
                + $"如果它可能不存在，请改用 variables['{variable}'] 读取（不存在时为 undefined）。";
        }

        var description = error switch
        {
            JsString or JsNumber or JsBoolean => error.ToString(),
            ObjectInstance when name is not null => text is { Length: > 0 } ? $"{name}: {text}" : name,
            ObjectInstance => "抛出了一个对象",
            _ => error.ToString(),
        };
        return $"表达式“{shown}”执行出错：{description}。请检查表达式及其用到的流程变量。";
    }

    /// <summary>
    /// Reads a property through the prototype chain without running script: a getter (which a thrown
    /// object can define) is never called, because the engine's time limit no longer applies here.
    /// </summary>
    private static string? ReadDataProperty(JsValue value, string name)
    {
        for (var current = value as ObjectInstance; current is not null; current = current.Prototype)
        {
            // A proxy's traps are script; the sandbox removes Proxy, and this stays as a second fence.
            if (current.GetType().Name.Contains("Proxy", StringComparison.Ordinal))
            {
                return null;
            }

            var descriptor = current.GetOwnProperty(name);
            if (descriptor.IsAccessorDescriptor())
            {
                return null;
            }

            if (descriptor.IsDataDescriptor())
            {
                return descriptor.Value is JsString text ? text.ToString() : null;
            }
        }

        return null;
    }

    /// <summary>"数字 1500", "字符串“是”", "对象" …: the kind of a non-boolean condition result.</summary>
    private static string Describe(JsValue value) => value.Type switch
    {
        Types.Undefined or Types.Empty => "undefined（表达式没有产生值，或引用了不存在的属性）",
        Types.Null => "null",
        Types.Number => $"数字 {value}",
        Types.String => $"字符串“{Shorten(value.ToString())}”",
        Types.Symbol => "Symbol",
        Types.BigInt => $"BigInt {value}",
        _ when value.IsCallable() => "函数",
        _ => value switch
        {
            JsArray => "数组",
            JsDate => "日期",
            _ => "对象",
        },
    };

    internal static string Shorten(string text)
    {
        var singleLine = text.ReplaceLineEndings(" ");
        return singleLine.Length <= ShownExpressionLength ? singleLine : singleLine[..ShownExpressionLength] + "…";
    }

    private static string FormatDuration(TimeSpan duration) =>
        duration.TotalMilliseconds >= 1000 && duration.TotalMilliseconds % 1000 == 0
            ? $"{duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)}秒"
            : $"{Math.Round(duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}毫秒";

    private static string FormatBytes(long bytes) => bytes >= 1024 * 1024
        ? $"{Math.Round(bytes / 1048576d, 1).ToString(CultureInfo.InvariantCulture)} MB"
        : $"{Math.Round(bytes / 1024d, 1).ToString(CultureInfo.InvariantCulture)} KB";

    [GeneratedRegex(@"^(.+) is not defined$", RegexOptions.CultureInvariant)]
    private static partial Regex NotDefined();
}
