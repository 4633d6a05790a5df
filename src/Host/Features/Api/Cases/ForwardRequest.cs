namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>转送 to the competent organ.</summary>
public sealed record ForwardRequest(long? ExpectedRevision, DateOnly? On, string? To, string? Reason);
