using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>The decision that ends the review: type, holding, articles, day.</summary>
public sealed record DecisionRequest(long? ExpectedRevision, DecisionType? Type, string? Holding, IReadOnlyList<string>? Articles, DateOnly? DecidedOn);
