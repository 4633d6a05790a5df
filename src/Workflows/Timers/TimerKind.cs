namespace Reconsideration.Workflows.Timers;

/// <summary>The three BPMN timer event definitions: timeDate, timeDuration, timeCycle.</summary>
internal enum TimerKind
{
    Date,
    Duration,
    Cycle,
}
