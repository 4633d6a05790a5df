namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>补正通知: every item at once (Art. 31 ¶1).</summary>
public sealed record CorrectionRequest(long? ExpectedRevision, DateOnly? RequestedOn, IReadOnlyList<string>? Items);
