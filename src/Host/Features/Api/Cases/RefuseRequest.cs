namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>不予受理 (Art. 30 ¶2): day, reasons, articles and, for a jurisdiction refusal, the competent organ.</summary>
public sealed record RefuseRequest(long? ExpectedRevision, DateOnly? DecidedOn, string? Reasons, IReadOnlyList<string>? Articles, string? CompetentOrgan);
