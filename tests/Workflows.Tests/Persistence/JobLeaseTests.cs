using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>Timers on SQLite with several nodes: each fires exactly once, and a dead node's leases pass to another.</summary>
public sealed class JobLeaseTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private async Task<IReadOnlyList<Guid>> StartTimersAsync(int count)
    {
        var engine = _db.OpenEngine();
        await engine.DeployAsync(PersistenceProcesses.Timer, "管理员");
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++) ids.Add((await engine.StartAsync("P")).Id);
        return ids;
    }

    /// <summary>Every instance's timer fired once and led to exactly one task; no job is left.</summary>
    private async Task AssertEachFiredOnceAsync(IEnumerable<Guid> instances)
    {
        var observer = _db.OpenEngine("observer");
        foreach (var id in instances)
        {
            var journal = await observer.JournalAsync(id);
            Assert.Single(journal, e => e.Kind == JournalKind.TimerFired);
            Assert.Single(journal, e => e.Kind == JournalKind.TaskCreated);
            Assert.Equal("After", Assert.Single(await observer.InstanceTasksAsync(id)).ElementId);
        }
        Assert.Empty(await _db.OpenStore().JobsAsync(failedOnly: false));
    }

    [Fact]
    public async Task Two_nodes_running_due_jobs_together_fire_each_timer_exactly_once()
    {
        for (var round = 0; round < 3; round++)
        {
            var instances = await StartTimersAsync(40);
            _db.Time.Advance(TimeSpan.FromHours(1));
            var nodes = new[] { _db.OpenEngine("node-a"), _db.OpenEngine("node-b") };
            var ran = new int[2];

            var outcomes = await ConcurrentCompletionTests.TogetherAsync(nodes.Select((node, i) => (Func<Task>)(async () =>
            {
                // Small batches, so the nodes interleave over the whole set rather than one taking everything at once.
                for (var batch = 0; ; batch++)
                {
                    Assert.True(batch < 200, $"{node.Options.NodeName} still finds jobs after 200 batches");
                    var n = await node.RunDueJobsAsync(max: 3);
                    if (n == 0 && await node.NextJobDueAsync() is null) break;
                    ran[i] += n;
                }
            })).ToArray());

            Assert.All(outcomes, Assert.Null);
            Assert.Equal(instances.Count, ran.Sum());
            await AssertEachFiredOnceAsync(instances);
        }
    }

    [Fact]
    public async Task A_lease_held_by_a_dead_node_is_taken_over_after_it_expires()
    {
        var instances = await StartTimersAsync(5);
        _db.Time.Advance(TimeSpan.FromHours(1));
        var lease = TimeSpan.FromMinutes(2);
        // The dead node leased every due job and then died before running any.
        var held = await _db.OpenStore().AcquireJobsAsync("node-dead", _db.Time.GetUtcNow(), lease, 32);
        Assert.Equal(5, held.Count);

        var survivor = _db.OpenEngine("node-b", configure: o => o.JobLease = lease);
        Assert.Equal(0, await survivor.RunDueJobsAsync());
        _db.Time.Advance(lease);
        Assert.Equal(0, await survivor.RunDueJobsAsync());      // the lease runs to its very end
        _db.Time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(5, await survivor.RunDueJobsAsync());

        await AssertEachFiredOnceAsync(instances);
        // Were the "dead" node only slow, its late commit of the same job now conflicts instead of firing twice.
        var late = new TreeChanges();
        late.Jobs.Removed.Add(held[0]);
        await Assert.ThrowsAsync<StoreConflictException>(() => _db.OpenStore().CommitAsync(late));
    }

    [Fact]
    public async Task A_node_whose_lease_was_taken_over_does_not_fire_the_timer_again()
    {
        var instances = await StartTimersAsync(1);
        _db.Time.Advance(TimeSpan.FromHours(1));
        var lease = TimeSpan.FromMinutes(2);
        var slow = _db.OpenEngine("node-slow", configure: o => o.JobLease = lease);
        var other = _db.OpenEngine("node-b", configure: o => o.JobLease = lease);
        await _db.OpenStore().AcquireJobsAsync("node-slow", _db.Time.GetUtcNow(), lease, 32);
        _db.Time.Advance(lease + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await other.RunDueJobsAsync());
        Assert.Equal(0, await slow.RunDueJobsAsync());

        await AssertEachFiredOnceAsync(instances);
    }

    [Fact]
    public async Task A_timer_does_not_fire_before_it_is_due()
    {
        var instances = await StartTimersAsync(3);
        var node = _db.OpenEngine("node-a");
        _db.Time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromTicks(1));
        Assert.Equal(0, await node.RunDueJobsAsync());
        _db.Time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(3, await node.RunDueJobsAsync());
        await AssertEachFiredOnceAsync(instances);
    }

    /// <summary>Blocks its first call until released, so that the command running it can be overtaken.</summary>
    private sealed class GateHandler : IServiceTaskHandler
    {
        private int _calls;
        public readonly ManualResetEventSlim Entered = new();
        public readonly ManualResetEventSlim Release = new();

        public string Name => "gate";

        public void Execute(ServiceTaskContext context)
        {
            if (Interlocked.Increment(ref _calls) != 1) return;
            Entered.Set();
            Release.Wait(TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task A_node_overtaken_while_starting_by_timer_neither_starts_twice_nor_marks_the_timer_failed()
    {
        var lease = TimeSpan.FromMinutes(2);
        var gate = new GateHandler();
        var slow = _db.OpenEngine("node-slow", [gate], o => o.JobLease = lease);
        var other = _db.OpenEngine("node-b", [gate], o => o.JobLease = lease);
        await slow.DeployAsync(Parsing.Bpmn.Process("""
            <bpmn:startEvent id="S"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Call" />
            <bpmn:serviceTask id="Call" rc:handler="gate" />
            <bpmn:sequenceFlow id="F2" sourceRef="Call" targetRef="T" />
            <bpmn:userTask id="T" name="定期检查" />
            <bpmn:sequenceFlow id="F3" sourceRef="T" targetRef="E" />
            <bpmn:endEvent id="E" />
            """), "管理员");
        var due = (await slow.NextJobDueAsync())!.Value;
        _db.Time.SetUtcNow(due);

        // The slow node starts the instance and stalls inside it; its lease runs out and node B does the same start.
        var stalled = Task.Run(() => slow.RunDueJobsAsync());
        Assert.True(gate.Entered.Wait(TimeSpan.FromSeconds(30)));
        _db.Time.Advance(lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await other.RunDueJobsAsync());
        gate.Release.Set();
        await stalled;

        Assert.Equal(1, _db.Scalar("SELECT COUNT(*) FROM wf_instances"));
        var job = Assert.Single(await _db.OpenStore().JobsAsync(failedOnly: false));
        Assert.Equal((due.AddHours(1), 1, 3, null, false), (job.DueAt, job.FiredCount, job.Retries, job.LastError, job.Failed));
    }
}
