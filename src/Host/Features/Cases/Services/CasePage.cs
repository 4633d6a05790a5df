namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>One page of a search: newest receipt first, then by serial, descending.</summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Total, int Page, int PageSize)
{
    /// <summary>Number of pages (at least 1).</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
