using System.Globalization;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>Filters and sorts the task table's lines; kept out of the page so unit tests reach it.</summary>
public static class TaskTable
{
    private static readonly StringComparer Chinese = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), CompareOptions.None);

    /// <summary>The lines of <paramref name="tasks"/> that match the query, in its order.</summary>
    /// <param name="tasks">Every task the user may see.</param>
    /// <param name="query">Filter, scope and sort.</param>
    /// <param name="userName">The signed-in user, to tell mine from claimable.</param>
    public static IReadOnlyList<TaskRow> Apply(IEnumerable<TaskRow> tasks, TaskTableQuery query, string userName)
    {
        var filter = query.Filter?.Trim();
        var lines = tasks.Where(t => query.Scope switch
            {
                TaskScope.Mine => t.Assignee == userName,
                TaskScope.Claimable => t.Assignee is null,
                _ => true,
            })
            .Where(t => string.IsNullOrEmpty(filter)
                || t.TaskName.Contains(filter, StringComparison.OrdinalIgnoreCase)
                || (t.CaseNumber?.Contains(filter, StringComparison.OrdinalIgnoreCase) ?? false));

        var sorted = query.SortBy switch
        {
            // Undated tasks go last either way: they are never the urgent ones.
            TaskSort.Due => query.Descending
                ? lines.OrderBy(t => t.Badge.Due is null).ThenByDescending(t => t.Badge.Due)
                : lines.OrderBy(t => t.Badge.Due is null).ThenBy(t => t.Badge.Due),
            TaskSort.CaseNumber => query.Descending
                ? lines.OrderByDescending(t => t.CaseNumber ?? "", StringComparer.Ordinal)
                : lines.OrderBy(t => t.CaseNumber ?? "", StringComparer.Ordinal),
            _ => query.Descending ? lines.OrderByDescending(t => t.TaskName, Chinese) : lines.OrderBy(t => t.TaskName, Chinese),
        };
        return [.. sorted.ThenBy(t => t.CreatedAt)];
    }
}
