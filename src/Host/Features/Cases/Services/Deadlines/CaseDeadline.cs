namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>
/// One statutory period of one case and how its last day was computed: the rule and article, the event and day it
/// counts from, the unit and length, the pauses and extension, the last day (end of that day, Beijing time) and
/// whether it is provisional because a holiday year is not loaded.
/// </summary>
public sealed record CaseDeadline
{
    /// <summary>The case.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The case number.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>Which period.</summary>
    public required DeadlineKind Kind { get; init; }

    /// <summary>The period's name in Chinese, e.g. "受理审查期限".</summary>
    public required string RuleName { get; init; }

    /// <summary>The article, e.g. "《行政复议法》第三十条第一款".</summary>
    public required string Article { get; init; }

    /// <summary>Who must act.</summary>
    public required DeadlineObligor Obligor { get; init; }

    /// <summary>What the period applies to when a case has several (a recipient, an opinion letter's number); else null.</summary>
    public string? Subject { get; init; }

    /// <summary>The event it counts from, e.g. "收到行政复议申请之日".</summary>
    public required string StartEvent { get; init; }

    /// <summary>The day it counts from (not itself counted); null when the event has not happened.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Working or calendar days.</summary>
    public required DeadlineUnit Unit { get; init; }

    /// <summary>The statutory length in <see cref="Unit"/>, before extension.</summary>
    public required int Length { get; init; }

    /// <summary>Intervals not counted.</summary>
    public IReadOnlyList<DeadlinePause> Pauses { get; init; } = [];

    /// <summary>Days added by an extension (延长审理期限), or 0.</summary>
    public int ExtensionDays { get; init; }

    /// <summary>The last day; null while not started or paused.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>True when a day in a year without loaded holiday data had to be classified.</summary>
    public bool Provisional { get; init; }

    /// <summary>How <see cref="Due"/> was computed, in Chinese, the calendar's own sentence included.</summary>
    public required string Explanation { get; init; }

    /// <summary>The day the act was done, when it was.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>Where the period stands on the day it was computed for.</summary>
    public required DeadlineState State { get; init; }

    /// <summary>Working days from the day after the computation day up to and including <see cref="Due"/>, while running.</summary>
    public int? WorkingDaysLeft { get; init; }
}
