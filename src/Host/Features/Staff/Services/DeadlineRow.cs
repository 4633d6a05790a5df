namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>One statutory period on the workbench: the case, the period's name and how much time is left.</summary>
public sealed record DeadlineRow(Guid CaseId, string CaseNumber, string RuleName, string? Subject, DueBadge Badge);
