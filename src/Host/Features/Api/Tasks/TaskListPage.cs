namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>One page of a task list and how many tasks match in all.</summary>
internal sealed record TaskListPage(IReadOnlyList<TaskListLine> Lines, int Total);
