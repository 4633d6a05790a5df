namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>One page of the case search, or the reason the search was refused.</summary>
public sealed record CaseResults(IReadOnlyList<CaseRow> Items, int Total, int Page, int Pages, string? Error = null);
