using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Parsing;

/// <summary>
/// What the parser asks of the rest of the engine while validating. Each check returns a Chinese error
/// message, or null when the text is fine.
/// </summary>
/// <param name="CheckExpression">Checks a JavaScript expression (the text inside a <c>${…}</c> wrapper, or the whole text).</param>
/// <param name="CheckTimer">Checks a timer value (ISO 8601 date, duration or cycle, or our calendar periods).</param>
internal sealed record ParseOptions(Func<string, string?> CheckExpression, Func<TimerKind, string, string?> CheckTimer)
{
    /// <summary>Whether a process id was deployed earlier (call activities may point outside the file). Default: none known.</summary>
    public Func<string, bool> IsKnownProcess { get; init; } = _ => false;
}
