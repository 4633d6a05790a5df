namespace Reconsideration.Workflows;

/// <summary>
/// One page of a task list — an inbox, the tasks for my roles, what I have done — filtered, sorted and counted in
/// the database, so a list of ten thousand tasks costs what a page of it costs.
/// </summary>
public sealed record TaskListQuery
{
    /// <summary>Whose tasks.</summary>
    public required TaskListScope Scope { get; init; }

    /// <summary>The person the scope is about.</summary>
    public required Actor Actor { get; init; }

    /// <summary>Only tasks of these instance trees (the caller's own filter, e.g. the cases a person may see); null: any.</summary>
    public IReadOnlyCollection<Guid>? RootInstanceIds { get; init; }

    /// <summary>Part of the task's name or of its instance's business key; blank: any.</summary>
    public string? Text { get; init; }

    public TaskListSort Sort { get; init; } = TaskListSort.Due;

    public bool Descending { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 20;
}

/// <summary>Whose tasks a <see cref="TaskListQuery"/> lists.</summary>
public enum TaskListScope
{
    /// <summary>Open tasks assigned to the actor.</summary>
    Mine,

    /// <summary>Open, unassigned tasks the actor may claim (as a candidate user or through a role).</summary>
    Claimable,

    /// <summary>Both of the above.</summary>
    MineOrClaimable,

    /// <summary>Tasks the actor completed (已办), any state after completion.</summary>
    CompletedByMe,
}

/// <summary>The order of a task list; ties are broken by creation time.</summary>
public enum TaskListSort
{
    /// <summary>By due instant; tasks without one come last in either direction.</summary>
    Due,

    /// <summary>By business key (a case number): shorter keys first, so "12号" comes before "100号".</summary>
    BusinessKey,

    /// <summary>By task name.</summary>
    Name,

    /// <summary>By creation time.</summary>
    Created,

    /// <summary>By completion time.</summary>
    Ended,
}

/// <summary>A page of tasks and how many match in all.</summary>
public sealed record TaskPage(IReadOnlyList<HumanTask> Items, int Total);
