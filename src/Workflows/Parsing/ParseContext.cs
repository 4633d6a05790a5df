using System.Xml.Linq;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Parsing;

/// <summary>What every reader and rule shares while one file is parsed: the options, the problems, and the file's declarations.</summary>
internal sealed class ParseContext(ParseOptions options)
{
    public ParseOptions Options { get; } = options;
    public ProblemList Problems { get; } = new();
    /// <summary>bpmn:message elements by id.</summary>
    public Dictionary<string, XElement> Messages { get; } = [];
    /// <summary>bpmn:error elements by id.</summary>
    public Dictionary<string, XElement> Errors { get; } = [];
    /// <summary>Ids of the executable processes in this file.</summary>
    public HashSet<string> ExecutableProcesses { get; } = [];
    /// <summary>Ids of processes in this file marked isExecutable="false".</summary>
    public HashSet<string> NonExecutableProcesses { get; } = [];

    public void Report(XObject? at, string? elementId, string rule, string message) =>
        Problems.Add(at, elementId, rule, message);

    /// <summary>Checks an expression (a <c>${…}</c> wrapper is optional) and reports <c>bad-expression</c>.</summary>
    /// <param name="what">What the expression is, for the message: "连线“Flow_1”的条件".</param>
    public void CheckExpression(XElement at, string elementId, string what, string text)
    {
        var inner = Expressions.Unwrap(text);
        var error = inner.Length == 0 ? "表达式为空" : Options.CheckExpression(inner);
        if (error is not null)
            Report(at, elementId, "bad-expression", $"{what}“{text}”不是有效的表达式：{Clause(error)}。请改正表达式（JavaScript 写法）。");
    }

    /// <summary>Resolves a messageRef to the message name, reporting <c>unknown-message</c>.</summary>
    public string? MessageName(string? messageRef, XElement at, string elementId, string owner)
    {
        if (messageRef is null)
        {
            Report(at, elementId, "unknown-message", $"{owner}没有指定消息（messageRef），请选择一个消息。");
            return null;
        }
        if (!Messages.TryGetValue(messageRef, out var message))
        {
            Report(at, elementId, "unknown-message", $"{owner}引用的消息“{messageRef}”在文件中没有定义，请先定义该消息（bpmn:message）或改选已有的消息。");
            return null;
        }
        var name = BpmnXml.Attr(message, "name");
        if (name is null)
            Report(message, messageRef, "unknown-message", $"消息“{messageRef}”没有名称（name），请填写消息名称：引擎按名称投递消息。");
        return name;
    }

    /// <summary>Resolves an errorRef to the error code, reporting <c>unknown-error</c>.</summary>
    public string? ErrorCode(string errorRef, XElement at, string elementId, string owner)
    {
        if (!Errors.TryGetValue(errorRef, out var error))
        {
            Report(at, elementId, "unknown-error", $"{owner}引用的错误“{errorRef}”在文件中没有定义，请先定义该错误（bpmn:error）或改选已有的错误。");
            return null;
        }
        var code = BpmnXml.Attr(error, "errorCode");
        if (code is null)
            Report(error, errorRef, "unknown-error", $"错误“{errorRef}”没有错误码（errorCode），请填写错误码：引擎按错误码匹配错误。");
        return code;
    }

    /// <summary>Checks a timer value: an expression inside <c>${…}</c>, else the timer syntax (<c>bad-timer</c>).</summary>
    public void CheckTimer(XElement at, string elementId, string owner, TimerKind kind, string value)
    {
        if (Expressions.IsWrapped(value))
        {
            CheckExpression(at, elementId, $"{owner}的定时器表达式", value);
            return;
        }
        if (Options.CheckTimer(kind, value) is { } error)
            Report(at, elementId, "bad-timer", $"{owner}的定时器值“{value}”无效：{Clause(error)}。");
    }

    /// <summary>A checker's message without its closing full stop, so it can sit inside a sentence.</summary>
    private static string Clause(string error) => error.Trim().TrimEnd('。', '.', '；', ';');
}
