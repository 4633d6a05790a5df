using Reconsideration.Host.Features.Cases.Services.Deadlines;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>A statutory period on the case workspace: the period, its badge and how it was computed, line by line.</summary>
public sealed record DeadlineView(CaseDeadline Deadline, DueBadge Badge, IReadOnlyList<DeadlineFact> Facts);
