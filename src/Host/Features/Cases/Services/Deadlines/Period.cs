using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>A period as the calculator builds it, before its state on a given day is known.</summary>
internal sealed record Period
{
    public required DeadlineKind Kind { get; init; }
    public required string RuleName { get; init; }
    public required string Article { get; init; }
    public required DeadlineObligor Obligor { get; init; }
    public required string StartEvent { get; init; }
    public required DateOnly? Start { get; init; }
    public required DeadlineUnit Unit { get; init; }
    public required int Length { get; init; }

    /// <summary>The first part of the explanation: what counts from when, pauses and extension.</summary>
    public required string Lead { get; init; }

    public LegalDate? Due { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public string? Subject { get; init; }
    public IReadOnlyList<DeadlinePause> Pauses { get; init; } = [];
    public int ExtensionDays { get; init; }

    /// <summary>The state while <see cref="Due"/> is unknown.</summary>
    public DeadlineState WaitingState { get; init; } = DeadlineState.NotStarted;

    /// <summary>Past its last day the period lapses rather than being overdue (a window, an option).</summary>
    public bool LapsesWhenPast { get; init; }

    /// <summary>Its consequence is already recorded (e.g. deemed abandoned).</summary>
    public bool Lapsed { get; init; }
}
