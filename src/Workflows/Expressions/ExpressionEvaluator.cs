using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using Acornima;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// Evaluates the JavaScript expressions of process definitions over process variables, in a Jint sandbox:
/// strict mode, no .NET access, no eval, and limits on time, memory, statements and call depth. Thread-safe;
/// share one instance. Every failure is an <see cref="ExpressionException"/> with a Chinese message.
/// </summary>
/// <remarks>
/// <para>An expression is parsed as a <em>script</em> and its completion value is the result, so
/// <c>let t = a * 2; t > b</c> works as well as <c>a > 1</c>. Consequence: a leading <c>{</c> is a block,
/// so an object literal result must be parenthesised: <c>({ a: 1 })</c>. Top-level <c>return</c> is not allowed.</para>
/// <para>Variables are global identifiers and also properties of the object <c>variables</c>
/// (<c>variables['申请人']</c>); reading an identifier that is neither a variable nor a built-in is an error
/// ("变量“x”未定义"), as in Camunda, rather than a silent undefined. <c>typeof x</c> and
/// <c>variables['x']</c> test for a variable that may be missing. Assigning to an undeclared name is an error
/// too (strict mode); assignments never change the caller's variables.</para>
/// <para>Engines are pooled: a hardened engine costs a few milliseconds to build, after which a simple condition
/// takes about 3 µs, less than half of what a fresh engine per evaluation costs; see <see cref="SandboxEngine"/>
/// for why reuse is safe. Prepared scripts are cached by source text.</para>
/// </remarks>
internal sealed class ExpressionEvaluator
{
    private const int MaxCachedExpressions = 1024;

    private static readonly IReadOnlyDictionary<string, JsonElement> NoVariables =
        FrozenDictionary<string, JsonElement>.Empty;

    private readonly ExpressionLimits _limits;
    private readonly ScriptPreparationOptions _preparation;
    private readonly ConcurrentDictionary<string, ParsedExpression> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<SandboxEngine> _idleEngines = [];
    private readonly int _maxIdleEngines = Math.Max(2, Environment.ProcessorCount * 2);
    private int _idleCount;

    public ExpressionEvaluator(ExpressionLimits? limits = null)
    {
        _limits = limits ?? new ExpressionLimits();
        if (_limits.Timeout <= TimeSpan.Zero || _limits.Timeout == TimeSpan.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(limits), _limits.Timeout, "表达式的执行时限必须是一个正的有限时长。");
        }

        _preparation = new ScriptPreparationOptions
        {
            ParsingOptions = new ScriptParsingOptions { AllowReturnOutsideFunction = false, RegexTimeout = _limits.Timeout },
        };
    }

    /// <summary>
    /// Removes a Camunda-style <c>${ … }</c> or <c>#{ … }</c> wrapper and surrounding whitespace;
    /// other text is returned trimmed.
    /// </summary>
    public static string Strip(string expression)
    {
        expression ??= string.Empty;
        var (start, length) = Locate(expression);
        return expression.Substring(start, length);
    }

    /// <summary>Null when <paramref name="expression"/> parses; otherwise the Chinese reason with line and column.</summary>
    public string? CheckSyntax(string expression)
    {
        expression ??= string.Empty;
        return Parse(expression, out var source).Error(StartOf(expression, source));
    }

    /// <summary>Evaluates <paramref name="expression"/> and returns its result as JSON (undefined becomes null).</summary>
    public JsonElement Evaluate(string expression, IReadOnlyDictionary<string, JsonElement> variables) =>
        Run(expression, variables, static (evaluator, text, result) =>
        {
            try
            {
                return JsToJsonConverter.Convert(result, evaluator._limits.MemoryBytes);
            }
            catch (ResultNotJsonException notJson)
            {
                throw ExpressionErrors.NotJson(text, notJson.Message);
            }
        });

    /// <summary>Evaluates a condition; its result must be a boolean.</summary>
    public bool EvaluateCondition(string expression, IReadOnlyDictionary<string, JsonElement> variables) =>
        Run(expression, variables, static (_, text, result) =>
            result.Type == Types.Boolean ? result.AsBoolean() : throw ExpressionErrors.NotBoolean(text, result));

    private T Run<T>(
        string expression,
        IReadOnlyDictionary<string, JsonElement>? variables,
        Func<ExpressionEvaluator, string, JsValue, T> interpret)
    {
        expression ??= string.Empty;
        var parsed = Parse(expression, out var source);
        if (!parsed.IsValid)
        {
            throw new ExpressionException(expression, parsed.Error(StartOf(expression, source))!);
        }

        SandboxEngine? engine = null;
        var reusable = false;
        try
        {
            engine = Rent();
            var result = engine.Evaluate(in parsed.Script, variables ?? NoVariables);
            reusable = true;
            return interpret(this, expression, result);
        }
        catch (ExpressionException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A script error leaves the engine sound; an aborted run (limits, stack) may not, so it is dropped.
            reusable = exception is JavaScriptException;
            throw ExpressionErrors.FromException(expression, exception, _limits);
        }
        finally
        {
            if (engine is not null)
            {
                Return(engine, reusable);
            }
        }
    }

    private ParsedExpression Parse(string expression, out string source)
    {
        source = Strip(expression);
        if (source.Length == 0)
        {
            return ParsedExpression.Invalid(ExpressionErrors.Empty());
        }

        if (_parsed.TryGetValue(source, out var parsed))
        {
            return parsed;
        }

        parsed = Prepare(source);
        if (_parsed.Count >= MaxCachedExpressions)
        {
            // Definitions hold a bounded set of expressions; overflowing means churn, and starting over is enough.
            _parsed.Clear();
        }

        return _parsed.GetOrAdd(source, parsed);
    }

    private ParsedExpression Prepare(string source)
    {
        try
        {
            return ParsedExpression.Valid(Engine.PrepareScript(source, source: null, strict: true, _preparation));
        }
        catch (Exception exception)
        {
            var cause = exception is ScriptPreparationException { InnerException: { } inner } ? inner : exception;
            return cause switch
            {
                ParseErrorException error => ParsedExpression.SyntaxError(error.LineNumber, error.Column + 1, error.Description),
                InsufficientExecutionStackException => ParsedExpression.Invalid(ExpressionErrors.TooDeeplyNested()),
                _ => ParsedExpression.SyntaxError(1, 1, cause.Message),
            };
        }
    }

    /// <summary>Where the expression proper starts and how long it is, without wrapper and whitespace.</summary>
    private static (int Start, int Length) Locate(string expression)
    {
        var start = 0;
        var end = expression.Length;
        while (start < end && char.IsWhiteSpace(expression[start])) start++;
        while (end > start && char.IsWhiteSpace(expression[end - 1])) end--;
        if (end - start >= 3 && expression[start] is '$' or '#' && expression[start + 1] == '{' && expression[end - 1] == '}')
        {
            start += 2;
            end--;
            while (start < end && char.IsWhiteSpace(expression[start])) start++;
            while (end > start && char.IsWhiteSpace(expression[end - 1])) end--;
        }

        return (start, end - start);
    }

    /// <summary>Line (1-based) and column (0-based) in <paramref name="expression"/> where <paramref name="source"/> begins.</summary>
    private static (int Line, int Column) StartOf(string expression, string source)
    {
        if (source.Length == 0)
        {
            return (1, 0);
        }

        var start = Locate(expression).Start;
        var lineStart = start == 0 ? 0 : expression.LastIndexOf('\n', start - 1) + 1;
        return (1 + expression.AsSpan(0, start).Count('\n'), start - lineStart);
    }

    private SandboxEngine Rent()
    {
        if (_idleEngines.TryTake(out var engine))
        {
            Interlocked.Decrement(ref _idleCount);
            return engine;
        }

        return SandboxEngine.Create(_limits);
    }

    private void Return(SandboxEngine engine, bool reusable)
    {
        try
        {
            if (reusable)
            {
                engine.Reset();
                if (Interlocked.Increment(ref _idleCount) <= _maxIdleEngines)
                {
                    _idleEngines.Add(engine);
                    return;
                }

                Interlocked.Decrement(ref _idleCount);
            }

            engine.Dispose();
        }
        catch (Exception)
        {
            // An engine that cannot be reset or disposed cleanly is simply not reused.
        }
    }
}
