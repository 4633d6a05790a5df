namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>One page of the task table and how many tasks match in all.</summary>
public sealed record TaskResults(IReadOnlyList<TaskRow> Rows, int Total);
