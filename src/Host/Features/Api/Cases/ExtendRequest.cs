namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>延长审理期限: 1–30 days, approved by the agency's head (Art. 62 ¶1).</summary>
public sealed record ExtendRequest(long? ExpectedRevision, int? Days, DateOnly? ApprovedOn, string? Reason);
