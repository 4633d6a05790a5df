namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>One page of the case register, newest receipt first.</summary>
public sealed record CaseListPage(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize, int Pages);
