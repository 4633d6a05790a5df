namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>Extends the applicant's correction period on good reason (Art. 31 ¶2).</summary>
public sealed record CorrectionExtensionRequest(long? ExpectedRevision, DateOnly? Until, string? Reason);
