namespace Reconsideration.Workflows.Timers;

internal enum TimerKind { Date, Duration, Cycle }
