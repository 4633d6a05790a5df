namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>Where a period stands at a given day.</summary>
public enum DeadlineState
{
    /// <summary>Running, more than three working days left.</summary>
    Running,

    /// <summary>Running, at most three working days left (the last day included).</summary>
    Approaching,

    /// <summary>The last day has passed and the act is still not done.</summary>
    Overdue,

    /// <summary>Done on or before the last day.</summary>
    Met,

    /// <summary>Done, but after the last day.</summary>
    MetLate,

    /// <summary>
    /// Ran out and the law attached its consequence, nobody is late: the lawsuit window closed, the correction
    /// notice can no longer be sent, or the application is recorded as abandoned.
    /// </summary>
    Lapsed,

    /// <summary>Not started yet: the event it counts from (e.g. service of the notice) has not been recorded.</summary>
    NotStarted,

    /// <summary>Standing still: the case is suspended, or the acceptance review waits for corrected materials.</summary>
    Paused,
}
