namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// Complete and return report the tree's open tasks after their commit: the list must be exactly what a task
/// query returns at that moment, in memory and on SQLite, so a client can go on without querying.
/// </summary>
public sealed class TaskOutcomeTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> Stores => ["memory", "sqlite"];

    private WorkflowEngine Engine(string store) => store == "sqlite"
        ? _db.OpenEngine()
        : new WorkflowEngine(WorkflowStorage.InMemory(), _db.Time, new WorkflowEngineOptions(), calendar: SqliteTestDatabase.Calendar);

    [Theory, MemberData(nameof(Stores))]
    public async Task Completing_reports_the_completed_task_and_the_next_open_task_as_a_query_returns_them(string store)
    {
        var engine = Engine(store);
        await engine.DeployAsync(PersistenceProcesses.Review, "管理员");
        var instance = await engine.StartAsync("P");
        var handle = Assert.Single(await engine.InstanceTasksAsync(instance.Id));

        _db.Time.Advance(TimeSpan.FromMinutes(5));
        var outcome = await engine.CompleteAsync(handle.Id, Actor.User("zhang"));

        RecordAssert.Equal((await engine.TaskAsync(handle.Id))!, outcome.Task);
        Assert.Equal((HumanTaskState.Completed, "zhang"), (outcome.Task.State, outcome.Task.EndedBy));
        await AssertSameAsQueryAsync(engine, instance.Id, outcome);
        Assert.Equal("Approve", Assert.Single(outcome.OpenTasks).ElementId);

        var last = await engine.CompleteAsync(outcome.OpenTasks[0].Id, Actor.System);
        Assert.Empty(last.OpenTasks);
        Assert.Empty(await engine.TreeTasksAsync(instance.Id));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Parallel_branches_report_the_other_branch_then_the_task_after_the_join(string store)
    {
        var engine = Engine(store);
        await engine.DeployAsync(PersistenceProcesses.Parallel, "管理员");
        var instance = await engine.StartAsync("P");
        var tasks = await engine.InstanceTasksAsync(instance.Id);

        var first = await engine.CompleteAsync(tasks.Single(t => t.ElementId == "A").Id, Actor.User("zhang", "承办人"));
        await AssertSameAsQueryAsync(engine, instance.Id, first);
        Assert.Equal("B", Assert.Single(first.OpenTasks).ElementId);

        var second = await engine.CompleteAsync(first.OpenTasks[0].Id, Actor.User("wang", "承办人"));
        await AssertSameAsQueryAsync(engine, instance.Id, second);
        Assert.Equal("After", Assert.Single(second.OpenTasks).ElementId);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Returning_reports_the_task_it_was_returned_to(string store)
    {
        var engine = Engine(store);
        await engine.DeployAsync(PersistenceProcesses.Review, "管理员");
        var instance = await engine.StartAsync("P");
        var handle = (await engine.InstanceTasksAsync(instance.Id))[0];
        var approve = (await engine.CompleteAsync(handle.Id, Actor.System)).OpenTasks[0];

        var outcome = await engine.ReturnAsync(approve.Id, Actor.System, "Handle", "事实认定不清");

        Assert.Equal(HumanTaskState.Returned, outcome.Task.State);
        RecordAssert.Equal((await engine.TaskAsync(approve.Id))!, outcome.Task);
        await AssertSameAsQueryAsync(engine, instance.Id, outcome);
        Assert.Equal("Handle", Assert.Single(outcome.OpenTasks).ElementId);
    }

    private static async Task AssertSameAsQueryAsync(WorkflowEngine engine, Guid rootId, TaskOutcome outcome)
    {
        var queried = await engine.TreeTasksAsync(rootId);
        Assert.Equal(queried.Select(t => t.Id), outcome.OpenTasks.Select(t => t.Id));
        foreach (var (expected, actual) in queried.Zip(outcome.OpenTasks)) RecordAssert.Equal(expected, actual);
    }
}
