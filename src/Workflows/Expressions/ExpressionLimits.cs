namespace Reconsideration.Workflows.Expressions;

/// <summary>
/// The sandbox limits of one <see cref="ExpressionEvaluator"/>. <see cref="Timeout"/> must be positive (an
/// expression must never hang the engine); a zero or negative value of the other three switches that limit off.
/// </summary>
internal sealed record ExpressionLimits
{
    /// <summary>Wall-clock time one evaluation may take, regular-expression matching included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Bytes one evaluation may allocate on its thread (Jint measures between statements, so a single
    /// huge allocation is noticed at the next statement). Converting the variables it reads counts too.
    /// </summary>
    public long MemoryBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Statements one evaluation may execute; stops tight infinite loops long before the timeout.</summary>
    public int MaxStatements { get; init; } = 100_000;

    /// <summary>Depth of nested JavaScript function calls.</summary>
    public int MaxRecursion { get; init; } = 64;
}
