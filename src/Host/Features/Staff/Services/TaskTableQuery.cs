namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>What the task table shows: a filter text, a scope and the sort column.</summary>
public sealed record TaskTableQuery
{
    /// <summary>Part of the case number or the task name; blank shows everything.</summary>
    public string? Filter { get; init; }

    /// <summary>Part of the respondent's name; blank shows everything.</summary>
    public string? Respondent { get; init; }

    /// <summary>Mine, claimable or both.</summary>
    public TaskScope Scope { get; init; } = TaskScope.All;

    /// <summary>The sort column.</summary>
    public TaskSort SortBy { get; init; } = TaskSort.Due;

    /// <summary>Descending instead of ascending.</summary>
    public bool Descending { get; init; }

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>The same query sorted by <paramref name="column"/>: a second click on the same column reverses it.</summary>
    public TaskTableQuery Toggle(TaskSort column) =>
        this with { SortBy = column, Descending = column == SortBy && !Descending, Page = 1 };
}
