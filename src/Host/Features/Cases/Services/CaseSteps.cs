using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Persistence;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>What every step service shares: load-change-save in one transaction, the history entry, the date checks.</summary>
internal sealed class CaseSteps(CaseStore store, DeadlineCalculator deadlines, TimeProvider clock, ICaseActor actor)
{
    public CaseStore Store { get; } = store;

    public DeadlineCalculator Deadlines { get; } = deadlines;

    public TimeProvider Clock { get; } = clock;

    public DateOnly Today => LegalTime.Today(Clock);

    /// <summary>Applies <paramref name="step"/> to the current case and records <paramref name="action"/> in its history.</summary>
    public Task<Case> ChangeAsync(Guid caseId, long? expectedRevision, string action, Func<Case, Case> step, CancellationToken cancellationToken) =>
        Store.UpdateAsync(caseId, expectedRevision, @case => step(@case).Log(Clock.GetUtcNow(), actor.Name, action), cancellationToken);

    /// <summary>Refuses a date after today: a step is recorded when it has happened.</summary>
    public void NotFuture(DateOnly date, string field, string label)
    {
        if (date > Today)
            throw CaseException.Invalid(field, $"{label}{Case.ChineseDate(date)}晚于今天，请核对；只能登记已经发生的事项。");
    }

    public string Actor => actor.Name;
}
