namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// Every secondary index on the task table costs page writes on each task created, so the table keeps only indexes
/// the engine's queries use, and every query shape must find its rows through one. An instance's tasks are found
/// through (InstanceId, ElementId): an instance has few tasks, and a second index by instance cost a page per
/// completion (docs/persistence.md).
/// </summary>
public sealed class TaskIndexTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("RootInstanceId = 'x' AND State = 'Open'", "IX_wf_tasks_RootInstanceId_State")]   // a tree's open tasks (load, TreeTasksAsync)
    [InlineData("InstanceId = 'x' AND State = 'Open'", "IX_wf_tasks_InstanceId_ElementId")]       // an instance's open tasks
    [InlineData("InstanceId = 'x'", "IX_wf_tasks_InstanceId_ElementId")]                          // an instance's task history
    [InlineData("InstanceId = 'x' AND ElementId = 'Handle'", "IX_wf_tasks_InstanceId_ElementId")] // 退回: was the target done before?
    [InlineData("Assignee = 'zhang' AND State = 'Open'", "IX_wf_tasks_Assignee_State")]           // my tasks
    [InlineData("Assignee IS NULL AND State = 'Open'", "IX_wf_tasks_Assignee_State")]             // claimable tasks
    public void Each_task_query_shape_searches_an_index(string where, string index)
    {
        _db.OpenStore();
        using var connection = _db.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT * FROM wf_tasks WHERE {where} ORDER BY CreatedAt, Id";
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read()) plan.Add(reader.GetString(3));

        Assert.Contains(plan, step => step.StartsWith("SEARCH wf_tasks USING INDEX " + index, StringComparison.Ordinal));
    }

    [Fact]
    public void The_task_table_has_exactly_the_indexes_its_queries_use()
    {
        _db.OpenStore();
        using var connection = _db.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'wf_tasks' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var indexes = new List<string>();
        while (reader.Read()) indexes.Add(reader.GetString(0));

        Assert.Equal(["IX_wf_tasks_Assignee_State", "IX_wf_tasks_InstanceId_ElementId", "IX_wf_tasks_RootInstanceId_State"], indexes);
    }
}
