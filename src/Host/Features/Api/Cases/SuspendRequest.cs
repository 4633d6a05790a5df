namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>中止 on a ground of Art. 39 ¶1 (item 1–10).</summary>
public sealed record SuspendRequest(long? ExpectedRevision, DateOnly? From, int? GroundItem, string? Reason);
