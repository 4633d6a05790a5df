namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>A step that is only a day: resumption, copy sent, reply received, corrected materials, hearing notice, abandonment, closing.</summary>
public sealed record DatedStepRequest(long? ExpectedRevision, DateOnly? On);
