namespace Reconsideration.Workflows.Timers;

/// <summary>When a timer or a due date falls due.</summary>
/// <param name="At">The instant (China offset); a timer fires at or after it, never before.</param>
/// <param name="Provisional">The instant depends on a year whose holiday arrangement is not loaded.</param>
/// <param name="Explanation">A Chinese sentence saying how the instant was computed.</param>
internal sealed record TimerDue(DateTimeOffset At, bool Provisional, string Explanation);
