namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// Every secondary index on the task table costs page writes on each task created, so the table keeps only indexes
/// the engine's queries use, and every query shape must find its rows through one. An instance's tasks are found
/// through its tree's index, by way of the instance's root (a tree has few tasks); indexes by instance cost two pages
/// per completion (docs/persistence.md).
/// </summary>
public sealed class TaskIndexTests : IDisposable
{
    /// <summary>How the store asks for an instance's tasks (SqlTreeStore.TasksAsync).</summary>
    private const string Instance = "InstanceId = 'x' AND RootInstanceId = (SELECT i.RootId FROM wf_instances i WHERE i.Id = 'x')";

    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("RootInstanceId = 'x' AND State = 'Open'", "IX_wf_tasks_RootInstanceId_State")]   // a tree's open tasks (load, TreeTasksAsync)
    [InlineData($"{Instance} AND State = 'Open'", "IX_wf_tasks_RootInstanceId_State")]                // an instance's open tasks
    [InlineData(Instance, "IX_wf_tasks_RootInstanceId_State")]                                      // an instance's task history
    [InlineData($"{Instance} AND ElementId = 'Handle'", "IX_wf_tasks_RootInstanceId_State")]         // 退回: was the target done before?
    [InlineData("Assignee = 'zhang' AND State = 'Open'", "IX_wf_tasks_Assignee_State")]           // my tasks
    [InlineData("Assignee IS NULL AND State = 'Open'", "IX_wf_tasks_Assignee_State")]             // claimable tasks
    public void Each_task_query_shape_searches_an_index(string where, string index)
    {
        _db.OpenStore();
        var plan = _db.Texts($"EXPLAIN QUERY PLAN SELECT * FROM wf_tasks WHERE {where} ORDER BY CreatedAt, Id", column: 3);

        Assert.Contains(plan, step => step.StartsWith("SEARCH wf_tasks USING INDEX " + index, StringComparison.Ordinal));
    }

    [Fact]
    public void The_task_table_has_exactly_the_indexes_its_queries_use()
    {
        _db.OpenStore();
        var indexes = _db.Texts("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'wf_tasks' AND sql IS NOT NULL ORDER BY name");

        Assert.Equal(["IX_wf_tasks_Assignee_State", "IX_wf_tasks_RootInstanceId_State"], indexes);
    }

    [Fact]
    public void Task_candidates_are_one_B_tree_keyed_by_candidate()
    {
        _db.OpenStore();
        var definitions = _db.Texts("SELECT sql FROM sqlite_master WHERE tbl_name = 'wf_task_candidates' AND sql IS NOT NULL");

        var table = Assert.Single(definitions);   // no index beside the table
        Assert.EndsWith("WITHOUT ROWID", table.Trim());
        Assert.Contains("PRIMARY KEY (\"Candidate\", \"TaskId\")", table);
    }
}
