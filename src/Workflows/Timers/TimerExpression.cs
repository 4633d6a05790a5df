namespace Reconsideration.Workflows.Timers;

/// <summary>
/// Recognises a value written as an expression, <c>${ … }</c>, which the engine evaluates at run time before the value
/// is parsed. The expression must be the whole value.
/// </summary>
internal static class TimerExpression
{
    /// <summary>
    /// True when <paramref name="text"/> is or tries to be an expression; then either <paramref name="inner"/> holds the
    /// expression's text or <paramref name="error"/> says why it is malformed.
    /// </summary>
    public static bool Recognise(string text, out string? inner, out string? error)
    {
        inner = null;
        error = null;
        var trimmed = text.Trim();
        if (!trimmed.Contains("${", StringComparison.Ordinal))
        {
            return false;
        }

        if (!trimmed.StartsWith("${", StringComparison.Ordinal) || !trimmed.EndsWith('}'))
        {
            error = $"表达式“{trimmed}”须包住整个值，如 ${{dueDate}}；不支持在值中嵌入表达式";
            return true;
        }

        var body = trimmed[2..^1].Trim();
        if (body.Length == 0)
        {
            error = "表达式“${}”为空：请在花括号内写出要求值的表达式";
            return true;
        }

        inner = body;
        return true;
    }
}
