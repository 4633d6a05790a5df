namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>One step in the case's history: when, who, what, and the status after it.</summary>
public sealed record CaseHistoryEntry(DateTimeOffset At, string Actor, string Action, CaseStatus Status);
