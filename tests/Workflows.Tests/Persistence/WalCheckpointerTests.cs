using Reconsideration.Workflows.Persistence;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// The background checkpoint copies the whole log, so the next commit starts the log from its beginning again: the
/// log file stops growing instead of waiting for SQLite's own checkpoint on a caller's commit (WalCheckpointer).
/// </summary>
public sealed class WalCheckpointerTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task After_a_checkpoint_the_log_is_written_from_its_start_and_nothing_is_lost()
    {
        var storage = _db.OpenStorage();
        var engine = new WorkflowEngine(storage, _db.Time, calendar: SqliteTestDatabase.Calendar);
        await engine.DeployAsync(PersistenceProcesses.Parallel, "管理员");
        var instances = new List<Guid>();
        for (var i = 0; i < 40; i++) instances.Add((await engine.StartAsync("P")).Id);
        var log = new FileInfo(_db.Path + "-wal");
        var grown = log.Length;

        await ((EfWorkflowStore)storage.Store).CheckpointAsync();
        foreach (var instance in instances.Take(20))
            await engine.CompleteAsync((await engine.InstanceTasksAsync(instance))[0].Id, Actor.User("zhang", "承办人"));

        log.Refresh();
        Assert.True(grown > 0);
        Assert.Equal(grown, log.Length);
        var reopened = _db.OpenEngine("node-b");
        Assert.Equal(20 * 2 + 20, (await Task.WhenAll(instances.Select(i => reopened.InstanceTasksAsync(i)))).Sum(t => t.Count));
    }
}
