using Reconsideration.Host.Features.Staff.Services;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class TaskTableTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly TaskRow[] Rows =
    [
        Row("受理审查", "洪府复〔2026〕3号", new DateOnly(2026, 3, 10), null),
        Row("答复通知", "洪府复〔2026〕1号", new DateOnly(2026, 3, 5), "handler"),
        Row("审核", "洪府复〔2026〕2号", null, null),
        Row("补正审查", null, new DateOnly(2026, 3, 8), "handler2"),
    ];

    private static TaskRow Row(string name, string? number, DateOnly? due, string? assignee) =>
        new(Guid.NewGuid(), name, null, number, assignee, "承办人", new DueBadge("", due is null ? DueLevel.None : DueLevel.Running, due), Created);

    private static string[] Names(TaskTableQuery query, string user = "handler") => [.. TaskTable.Apply(Rows, query, user).Select(r => r.TaskName)];

    [Fact]
    public void By_default_the_soonest_due_comes_first_and_undated_tasks_last()
    {
        Assert.Equal(["答复通知", "补正审查", "受理审查", "审核"], Names(new TaskTableQuery()));
    }

    [Fact]
    public void Descending_due_still_puts_undated_tasks_last()
    {
        Assert.Equal(["受理审查", "补正审查", "答复通知", "审核"], Names(new TaskTableQuery { Descending = true }));
    }

    [Fact]
    public void Sorting_by_case_number_and_pressing_the_header_again_reverses()
    {
        var byNumber = new TaskTableQuery().Toggle(TaskSort.CaseNumber);
        Assert.False(byNumber.Descending);
        Assert.Equal(["补正审查", "答复通知", "审核", "受理审查"], Names(byNumber));
        var reversed = byNumber.Toggle(TaskSort.CaseNumber);
        Assert.True(reversed.Descending);
        Assert.Equal(["受理审查", "审核", "答复通知", "补正审查"], Names(reversed));
    }

    [Fact]
    public void The_filter_matches_part_of_a_case_number_or_a_task_name()
    {
        Assert.Equal(["审核"], Names(new TaskTableQuery { Filter = "〔2026〕2" }));
        Assert.Equal(["补正审查", "受理审查"], Names(new TaskTableQuery { Filter = " 审查 " }));
    }

    [Fact]
    public void Scopes_tell_mine_from_claimable()
    {
        Assert.Equal(["答复通知"], Names(new TaskTableQuery { Scope = TaskScope.Mine }));
        Assert.Equal(["受理审查", "审核"], Names(new TaskTableQuery { Scope = TaskScope.Claimable }));
    }
}
