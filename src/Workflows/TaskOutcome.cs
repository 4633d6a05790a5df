namespace Reconsideration.Workflows;

/// <summary>
/// What a command that ends a task (complete, return) committed: the task as it ended, and the open tasks of its
/// instance tree afterwards — the same list <see cref="WorkflowEngine.TreeTasksAsync"/> would return now — so a
/// caller can go on to the next task ("complete → open my next task") without another query.
/// </summary>
/// <param name="Task">The ended task, with its final state, end time and revision.</param>
/// <param name="OpenTasks">
/// The open tasks of the instance tree (the root instance and everything it called) right after the commit,
/// ordered like the task queries: by creation time, then id. Whom they are assigned to is not filtered.
/// </param>
public sealed record TaskOutcome(HumanTask Task, IReadOnlyList<HumanTask> OpenTasks);
