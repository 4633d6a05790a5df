using Reconsideration.Host.Features.Cases.Persistence;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Services.Deadlines;

/// <summary>
/// Periods across all cases at an instant: those approaching (at most three working days left, the last day
/// included) and those overdue. Computed from the stored cases on each call — a district's few thousand live cases
/// take milliseconds, and nothing can go stale when a holiday year is loaded or a case changes.
/// </summary>
public sealed class DeadlineQueryService
{
    private readonly CaseStore _store;
    private readonly DeadlineCalculator _calculator;
    private readonly int _closedWithinDays;

    internal DeadlineQueryService(CaseStore store, DeadlineCalculator calculator, int closedWithinDays)
    {
        _store = store;
        _calculator = calculator;
        _closedWithinDays = closedWithinDays;
    }

    /// <summary>Running periods with at most three working days left at <paramref name="at"/>, soonest first.</summary>
    public Task<IReadOnlyList<CaseDeadline>> ApproachingAsync(DateTimeOffset at, DeadlineObligor? obligor = null, CancellationToken cancellationToken = default) =>
        QueryAsync(at, DeadlineState.Approaching, obligor, cancellationToken);

    /// <summary>Periods whose last day has passed at <paramref name="at"/> with the act not done, longest overdue first.</summary>
    public Task<IReadOnlyList<CaseDeadline>> OverdueAsync(DateTimeOffset at, DeadlineObligor? obligor = null, CancellationToken cancellationToken = default) =>
        QueryAsync(at, DeadlineState.Overdue, obligor, cancellationToken);

    private async Task<IReadOnlyList<CaseDeadline>> QueryAsync(DateTimeOffset at, DeadlineState state, DeadlineObligor? obligor, CancellationToken cancellationToken)
    {
        var today = LegalTime.Today(at);
        var cases = await _store.LiveCasesAsync(at, _closedWithinDays, cancellationToken);
        return [.. cases
            .SelectMany(c => _calculator.Compute(c, today))
            .Where(d => d.State == state && (obligor is null || d.Obligor == obligor))
            .OrderBy(d => d.Due).ThenBy(d => d.CaseNumber, StringComparer.Ordinal)];
    }
}
