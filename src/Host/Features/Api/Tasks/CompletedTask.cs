namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>The task just completed and the open tasks of its process tree afterwards (what comes next).</summary>
public sealed record CompletedTask(TaskView Task, IReadOnlyList<TaskView> Next);
