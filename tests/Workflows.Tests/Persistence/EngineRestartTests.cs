namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>State lives in the file: an engine opened afresh on it carries on where the last one stopped.</summary>
public sealed class EngineRestartTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Deploy_start_and_complete_survive_a_fresh_engine_on_the_same_file()
    {
        var deployed = await _db.OpenEngine().DeployAsync(PersistenceProcesses.Review, "管理员", "首次部署");

        var second = _db.OpenEngine();
        var definition = Assert.Single(await second.DefinitionsAsync("P"));
        Assert.Equal(deployed[0], definition);
        var started = await second.StartAsync("P", new Dictionary<string, object?> { ["申请人"] = "王五" }, businessKey: "复议〔2026〕1号");

        var third = _db.OpenEngine();
        var handle = Assert.Single(await third.InstanceTasksAsync(started.Id));
        Assert.Equal("Handle", handle.ElementId);
        await third.CompleteAsync(handle.Id, Actor.User("zhang"), new Dictionary<string, object?> { ["意见"] = "同意受理" });

        var fourth = _db.OpenEngine();
        var approve = Assert.Single(await fourth.InstanceTasksAsync(started.Id));
        Assert.Equal("Approve", approve.ElementId);
        var done = Assert.Single(await fourth.InstanceTasksAsync(started.Id, openOnly: false), t => t.Id == handle.Id);
        Assert.Equal(HumanTaskState.Completed, done.State);
        Assert.Equal("zhang", done.EndedBy);
        await fourth.CompleteAsync(approve.Id, Actor.User("li", "负责人"));

        var last = _db.OpenEngine();
        var instance = await last.InstanceAsync(started.Id);
        Assert.NotNull(instance);
        Assert.Equal(InstanceState.Completed, instance.State);
        Assert.Equal("复议〔2026〕1号", instance.BusinessKey);
        Assert.Equal("王五", instance.Variables["申请人"].GetString());
        Assert.Equal("同意受理", instance.Variables["意见"].GetString());
        Assert.Empty(instance.ActiveElements);
        Assert.Empty(await last.InstanceTasksAsync(started.Id));
        var journal = await last.JournalAsync(started.Id);
        Assert.Equal(JournalKind.InstanceStarted, journal[0].Kind);
        Assert.Equal(JournalKind.InstanceCompleted, journal[^1].Kind);
        Assert.Equal(2, journal.Count(e => e.Kind == JournalKind.TaskCompleted));
    }

    [Fact]
    public async Task Deploying_the_same_file_again_from_another_engine_keeps_the_version()
    {
        var first = await _db.OpenEngine().DeployAsync(PersistenceProcesses.Review, "管理员");
        var again = await _db.OpenEngine().DeployAsync(PersistenceProcesses.Review, "管理员");
        Assert.Equal(first[0].Id, again[0].Id);
        Assert.Single(await _db.OpenEngine().DefinitionsAsync("P"));
    }

    [Fact]
    public async Task Nodes_deploying_the_same_file_at_once_share_one_version()
    {
        for (var round = 0; round < 5; round++)
        {
            var xml = PersistenceProcesses.Review.Replace("审核", $"审核{round}");
            var nodes = new[] { _db.OpenEngine("node-a"), _db.OpenEngine("node-b"), _db.OpenEngine("node-c") };
            var results = new IReadOnlyList<DeployedDefinition>[nodes.Length];

            var outcomes = await ConcurrentCompletionTests.TogetherAsync(nodes.Select((node, i) => (Func<Task>)(async () =>
                results[i] = await node.DeployAsync(xml, $"管理员{i}"))).ToArray());

            Assert.All(outcomes, Assert.Null);
            Assert.Single(results.Select(r => r[0].Id).Distinct());
            Assert.Equal(round + 1, results[0][0].Version);
            Assert.Equal(round + 1, (await _db.OpenEngine().DefinitionsAsync("P")).Count);
        }
    }

    [Fact]
    public async Task Nodes_deploying_different_files_at_once_get_consecutive_versions()
    {
        var nodes = new[] { _db.OpenEngine("node-a"), _db.OpenEngine("node-b"), _db.OpenEngine("node-c") };
        var outcomes = await ConcurrentCompletionTests.TogetherAsync(nodes.Select((node, i) => (Func<Task>)(() =>
            node.DeployAsync(PersistenceProcesses.Review.Replace("审核", $"审核{i}"), $"管理员{i}"))).ToArray());

        Assert.All(outcomes, o => Assert.True(o is null or WorkflowException { Kind: WorkflowErrorKind.Conflict }, o?.ToString()));
        var versions = (await _db.OpenEngine().DefinitionsAsync("P")).Select(d => d.Version).ToArray();
        Assert.Equal(Enumerable.Range(1, versions.Length), versions);
        Assert.Equal(outcomes.Count(o => o is null), versions.Length);
    }

    [Fact]
    public async Task A_timer_scheduled_before_the_restart_fires_after_it()
    {
        var engine = _db.OpenEngine();
        await engine.DeployAsync(PersistenceProcesses.Timer, "管理员");
        var started = await engine.StartAsync("P");

        _db.Time.Advance(TimeSpan.FromMinutes(59));
        var restarted = _db.OpenEngine("node-b");
        Assert.Equal(0, await restarted.RunDueJobsAsync());
        Assert.Equal(SqliteTestDatabase.Epoch.AddHours(1), await restarted.NextJobDueAsync());
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await restarted.RunDueJobsAsync());

        var task = Assert.Single(await _db.OpenEngine().InstanceTasksAsync(started.Id));
        Assert.Equal("After", task.ElementId);
        Assert.Null(await restarted.NextJobDueAsync());
    }
}
