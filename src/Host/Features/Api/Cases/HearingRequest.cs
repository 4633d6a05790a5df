namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>安排听证: day and place; refused when the notice could no longer go out five working days ahead (Art. 51).</summary>
public sealed record HearingRequest(long? ExpectedRevision, DateOnly? On, string? Place);
