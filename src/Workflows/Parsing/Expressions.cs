namespace Reconsideration.Workflows.Parsing;

/// <summary>The <c>${…}</c> wrapper that marks an attribute value as an expression rather than a literal.</summary>
internal static class Expressions
{
    public static bool IsWrapped(string text) => text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}');

    /// <summary>The JavaScript inside a <c>${…}</c> wrapper, or the text itself when it has none.</summary>
    public static string Unwrap(string text) => IsWrapped(text) ? text[2..^1].Trim() : text.Trim();
}
