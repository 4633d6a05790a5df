namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>Failures on SQLite: retries with back-off, incidents an operator sees, and their retry.</summary>
public sealed class IncidentTests : IDisposable
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];
    private readonly SqliteTestDatabase _db = new();
    private readonly FlakyHandler _handler = new();

    public void Dispose() => _db.Dispose();

    /// <summary>Fails while <see cref="Broken"/> is set, counting its calls; sets 送达结果 when it succeeds.</summary>
    private sealed class FlakyHandler : IServiceTaskHandler
    {
        public volatile bool Broken = true;
        public int Calls;

        public string Name => "flaky";

        public void Execute(ServiceTaskContext context)
        {
            Interlocked.Increment(ref Calls);
            if (Broken) throw new InvalidOperationException("邮政接口无响应");
            context.Set("送达结果", "已送达");
        }
    }

    private WorkflowEngine Engine(string node = "node-a") =>
        _db.OpenEngine(node, [_handler], o => { o.JobRetries = 3; o.RetryBackoff = Backoff; });

    [Fact]
    public async Task A_failing_service_task_retries_with_back_off_then_becomes_an_incident_that_a_retry_resolves()
    {
        await Engine().DeployAsync(PersistenceProcesses.Service, "管理员");
        var instance = await Engine().StartAsync("P");
        Assert.Equal(1, _handler.Calls);

        foreach (var (delay, attempt) in Backoff.Select((d, i) => (d, i + 2)))
        {
            // Each retry waits its own back-off on a fresh engine (as after a restart), not a tick less.
            var engine = Engine($"node-{attempt}");
            Assert.Equal(_db.Time.GetUtcNow() + delay, await engine.NextJobDueAsync());
            _db.Time.Advance(delay - TimeSpan.FromTicks(1));
            Assert.Equal(0, await engine.RunDueJobsAsync());
            _db.Time.Advance(TimeSpan.FromTicks(1));
            Assert.Equal(1, await engine.RunDueJobsAsync());
            Assert.Equal(attempt, _handler.Calls);
        }

        var observer = Engine("observer");
        Assert.Null(await observer.NextJobDueAsync());
        var incident = Assert.Single(await observer.IncidentsAsync());
        Assert.Equal((instance.Id, "Call"), (incident.InstanceId, incident.ElementId));
        Assert.Contains("邮政接口无响应", incident.Message);
        var state = await observer.InstanceAsync(instance.Id);
        Assert.True(state!.HasIncident);
        Assert.Equal(["Call"], state.ActiveElements);
        Assert.Equal(4, (await observer.JournalAsync(instance.Id)).Count(e => e.Kind == JournalKind.JobFailed));

        _handler.Broken = false;
        await Engine("operator-node").RetryIncidentAsync(incident.Id, Actor.User("admin", "运维"));

        var after = Engine("observer-2");
        Assert.Empty(await after.IncidentsAsync());
        Assert.Equal(incident.Id, Assert.Single(await after.IncidentsAsync(openOnly: false)).Id);
        Assert.Equal(5, _handler.Calls);
        var done = await after.InstanceAsync(instance.Id);
        Assert.False(done!.HasIncident);
        Assert.Equal("已送达", done.Variables["送达结果"].GetString());
        Assert.Equal("After", Assert.Single(await after.InstanceTasksAsync(instance.Id)).ElementId);
        Assert.Single(await after.JournalAsync(instance.Id), e => e.Kind == JournalKind.IncidentResolved);
        await Assert.ThrowsAsync<WorkflowException>(() => after.RetryIncidentAsync(incident.Id, Actor.User("admin", "运维")));
    }

    [Fact]
    public async Task A_service_task_that_recovers_during_its_retries_goes_on_without_an_incident()
    {
        await Engine().DeployAsync(PersistenceProcesses.Service, "管理员");
        var instance = await Engine().StartAsync("P");
        _handler.Broken = false;
        _db.Time.Advance(Backoff[0]);
        Assert.Equal(1, await Engine("node-b").RunDueJobsAsync());

        var observer = Engine("observer");
        Assert.Empty(await observer.IncidentsAsync(openOnly: false));
        Assert.Equal("After", Assert.Single(await observer.InstanceTasksAsync(instance.Id)).ElementId);
        Assert.Null(await observer.NextJobDueAsync());
    }

    [Fact]
    public async Task An_expression_error_becomes_an_incident_and_setting_the_variable_then_retrying_recovers()
    {
        var engine = Engine();
        await engine.DeployAsync(PersistenceProcesses.Decision, "管理员");
        var instance = await engine.StartAsync("P");

        var observer = Engine("observer");
        var incident = Assert.Single(await observer.IncidentsAsync());
        Assert.Equal((instance.Id, "G"), (incident.InstanceId, incident.ElementId));
        Assert.Empty(await observer.InstanceTasksAsync(instance.Id));
        Assert.Equal(["G"], (await observer.InstanceAsync(instance.Id))!.ActiveElements);

        var operatorNode = Engine("operator-node");
        await operatorNode.SetVariablesAsync(instance.Id, new Dictionary<string, object?> { ["amount"] = new { value = 250 } }, Actor.User("admin"));
        Assert.Single(await Engine("observer-2").IncidentsAsync());
        await operatorNode.RetryIncidentAsync(incident.Id, Actor.User("admin"));

        var after = Engine("observer-3");
        Assert.Empty(await after.IncidentsAsync());
        Assert.Equal("High", Assert.Single(await after.InstanceTasksAsync(instance.Id)).ElementId);
        var journal = await after.JournalAsync(instance.Id);
        Assert.Single(journal, e => e.Kind == JournalKind.IncidentRaised);
        Assert.Single(journal, e => e.Kind == JournalKind.IncidentResolved && e.Actor == "admin");
    }

    [Fact]
    public async Task Two_operators_retrying_one_incident_at_once_run_it_once()
    {
        await Engine().DeployAsync(PersistenceProcesses.Decision, "管理员");
        var instance = await Engine().StartAsync("P", new Dictionary<string, object?> { ["amount"] = null });
        var incident = Assert.Single(await Engine().IncidentsAsync());
        await Engine().SetVariablesAsync(instance.Id, new Dictionary<string, object?> { ["amount"] = new { value = 1 } }, Actor.User("admin"));
        var a = Engine("node-a");
        var b = Engine("node-b");

        var outcomes = await ConcurrentCompletionTests.TogetherAsync(
            () => a.RetryIncidentAsync(incident.Id, Actor.User("admin")),
            () => b.RetryIncidentAsync(incident.Id, Actor.User("root")));

        Assert.Single(outcomes, o => o is null);
        Assert.Equal(WorkflowErrorKind.Conflict, Assert.IsType<WorkflowException>(Assert.Single(outcomes, o => o is not null)).Kind);
        var observer = Engine("observer");
        Assert.Equal("Low", Assert.Single(await observer.InstanceTasksAsync(instance.Id)).ElementId);
        Assert.Single(await observer.JournalAsync(instance.Id), e => e.Kind == JournalKind.IncidentResolved);
    }
}
