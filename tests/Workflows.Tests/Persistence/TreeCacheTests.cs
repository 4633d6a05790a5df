using Reconsideration.Workflows.Persistence;
namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// Each SQLite storage keeps the trees it loaded or committed. Two engines on one file stand for two processes:
/// when one writes a tree the other has cached, the other's next command must still see the truth — its commit
/// conflicts and re-runs on a fresh load, or its refusal is checked against the database.
/// </summary>
public sealed class TreeCacheTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_task_another_engine_completed_meanwhile_is_reported_done_not_completed_twice()
    {
        var (a, b) = await TwoEnginesAsync();
        var instance = await a.StartAsync("P");                        // a now holds the new tree
        var handle = Assert.Single(await a.InstanceTasksAsync(instance.Id));

        await b.CompleteAsync(handle.Id, Actor.User("wang", "承办人"));
        var stale = await Assert.ThrowsAsync<WorkflowException>(() => a.CompleteAsync(handle.Id, Actor.User("zhang")));

        Assert.Equal(WorkflowErrorKind.Conflict, stale.Kind);
        Assert.Contains("已由wang办结", stale.Message);
        var journal = await _db.OpenEngine("observer").JournalAsync(instance.Id);
        Assert.Single(journal, e => e.Kind == JournalKind.TaskCompleted);
    }

    [Fact]
    public async Task A_claim_by_another_engine_is_respected_although_the_cached_tree_shows_the_task_unclaimed()
    {
        var (a, b) = await TwoEnginesAsync();
        var instance = await a.StartAsync("P");
        var approve = (await a.CompleteAsync((await a.InstanceTasksAsync(instance.Id))[0].Id, Actor.System)).OpenTasks[0];

        await b.ClaimAsync(approve.Id, Actor.User("li", "负责人"));
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => a.CompleteAsync(approve.Id, Actor.User("wang", "负责人")));

        Assert.Equal(WorkflowErrorKind.Forbidden, refused.Kind);
        var task = await a.TaskAsync(approve.Id);
        Assert.Equal((HumanTaskState.Open, "li"), (task!.State, task.Assignee));
    }

    [Fact]
    public async Task A_refusal_the_cached_tree_would_give_is_checked_against_the_database()
    {
        var (a, b) = await TwoEnginesAsync();
        var instance = await a.StartAsync("P");
        var approve = (await a.CompleteAsync((await a.InstanceTasksAsync(instance.Id))[0].Id, Actor.System)).OpenTasks[0];
        await a.ClaimAsync(approve.Id, Actor.User("li", "负责人"));    // a caches the task as li's

        await b.UnclaimAsync(approve.Id, Actor.User("li", "负责人"));
        var outcome = await a.CompleteAsync(approve.Id, Actor.User("wang", "负责人"));

        Assert.Equal((HumanTaskState.Completed, "wang"), (outcome.Task.State, outcome.Task.EndedBy));
        Assert.Empty(outcome.OpenTasks);
        Assert.Equal(InstanceState.Completed, (await b.InstanceAsync(instance.Id))!.State);
    }

    [Fact]
    public async Task Engines_taking_turns_on_one_instance_keep_one_consistent_history()
    {
        var (a, b) = await TwoEnginesAsync();
        await a.DeployAsync(PersistenceProcesses.Parallel, "管理员");
        for (var round = 0; round < 5; round++)
        {
            var instance = await a.StartAsync("P");
            var tasks = await b.InstanceTasksAsync(instance.Id);
            var first = await a.CompleteAsync(tasks.Single(t => t.ElementId == "A").Id, Actor.User("zhang", "承办人"));
            var second = await b.CompleteAsync(first.OpenTasks.Single().Id, Actor.User("wang", "承办人"));
            // a's cached tree still has B open and no After task: its commit conflicts once and re-runs fresh.
            var last = await a.CompleteAsync(second.OpenTasks.Single().Id, Actor.System);

            Assert.Empty(last.OpenTasks);
            var journal = await _db.OpenEngine("observer").JournalAsync(instance.Id);
            Assert.Equal(3, journal.Count(e => e.Kind == JournalKind.TaskCompleted));
            // One row per commit, rows numbered without a gap, each row's entries numbered from 0: nothing lost or doubled.
            var rows = journal.GroupBy(e => e.Sequence / JournalRows.EntriesPerRow).ToArray();
            Assert.Equal(Enumerable.Range(0, rows.Length), rows.Select(r => (int)(r.Key - rows[0].Key)));
            Assert.All(rows, r => Assert.Equal(Enumerable.Range(0, r.Count()), r.Select(e => (int)(e.Sequence % JournalRows.EntriesPerRow))));
        }
    }

    [Fact]
    public async Task An_incident_another_engine_recorded_is_resolved_when_this_engine_cancels_the_instance()
    {
        var broken = new BrokenHandler();
        void Configure(WorkflowEngineOptions o) => o.JobRetries = 1;
        var a = _db.OpenEngine("node-a", [broken], Configure);
        var b = _db.OpenEngine("node-b", [broken], Configure);
        await a.DeployAsync(PersistenceProcesses.Service, "管理员");
        var instance = await a.StartAsync("P");                        // a caches the tree with the retry job

        _db.Time.Advance(TimeSpan.FromHours(1));
        await b.RunDueJobsAsync();
        Assert.Single(await b.IncidentsAsync());
        await a.CancelInstanceAsync(instance.Id, Actor.System, "申请人撤回申请");

        Assert.Empty(await a.IncidentsAsync());
        Assert.Equal(InstanceState.Terminated, (await b.InstanceAsync(instance.Id))!.State);
    }

    private sealed class BrokenHandler : IServiceTaskHandler
    {
        public string Name => "flaky";
        public void Execute(ServiceTaskContext context) => throw new InvalidOperationException("邮政接口无响应");
    }

    private async Task<(WorkflowEngine A, WorkflowEngine B)> TwoEnginesAsync()
    {
        var a = _db.OpenEngine("node-a");
        var b = _db.OpenEngine("node-b");
        await a.DeployAsync(PersistenceProcesses.Review, "管理员");
        return (a, b);
    }
}
