namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>A page of tasks as the API lists them.</summary>
/// <param name="Items">The page's tasks.</param>
/// <param name="Total">How many tasks match in all.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Tasks per page.</param>
/// <param name="Pages">How many pages there are.</param>
public sealed record TaskViewPage(IReadOnlyList<TaskView> Items, int Total, int Page, int PageSize, int Pages);
