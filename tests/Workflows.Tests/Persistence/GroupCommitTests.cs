using Reconsideration.Workflows.Persistence;
using Reconsideration.Workflows.Persistence.FastPath;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// Commits that waited for each other are written in one transaction, each under its own savepoint: a stale one is
/// rolled back alone and fails with a conflict, the others are written whole.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_stale_commit_in_a_group_fails_alone()
    {
        var (a, b) = (new SampleTree(SqliteTestDatabase.Epoch), new SampleTree(SqliteTestDatabase.Epoch));
        var store = _db.OpenStore();
        await store.CommitAsync(a.AsChanges());
        await store.CommitAsync(b.AsChanges());
        var factory = WorkflowDbContextFactory.Sqlite(_db.Path);
        using var context = factory.Create();
        var writer = new CommitWriter(factory.OpenConnectionAsync, new Tables(context.Model));

        // The stale one first writes a row that is fresh (the child instance), then meets a stale one (the incident).
        var stale = new TreeChanges();
        stale.Instances.Updated.Add(b.Child with { Revision = b.Child.Revision + 1 });
        stale.Incidents.Updated.Add(b.Incident with { Message = "过期", Revision = b.Incident.Revision + 5 });
        stale.Journal.Add(b.Journal with { Detail = "乙（过期）" });
        PendingCommit[] group = [new(Step(a, a.Root.Revision + 1, "甲")), new(stale), new(Step(b, b.Root.Revision + 1, "乙"))];
        await writer.WriteAsync(group);

        await group[0].Done.Task;
        await Assert.ThrowsAsync<StoreConflictException>(() => group[1].Done.Task);
        await group[2].Done.Task;
        var fresh = _db.OpenStore();
        Assert.Equal(a.Root.Revision + 1, (await fresh.InstanceAsync(a.Root.Id))!.Revision);
        Assert.Equal(b.Root.Revision + 1, (await fresh.InstanceAsync(b.Root.Id))!.Revision);
        Assert.Equal(b.Child.Revision, (await fresh.InstanceAsync(b.Child.Id))!.Revision);
        Assert.Equal(b.Incident.Message, (await fresh.IncidentAsync(b.Incident.Id))!.Message);
        Assert.Equal(["甲"], (await fresh.JournalAsync(a.Root.Id)).Skip(1).Select(e => e.Detail));
        Assert.Equal(["乙"], (await fresh.JournalAsync(b.Root.Id)).Skip(1).Select(e => e.Detail));
    }

    [Fact]
    public async Task Concurrent_completions_on_one_engine_each_commit_once()
    {
        var engine = _db.OpenEngine();
        await engine.DeployAsync(PersistenceProcesses.Parallel, "管理员");
        var instances = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => engine.StartAsync("P")));
        var tasks = (await Task.WhenAll(instances.Select(i => engine.InstanceTasksAsync(i.Id)))).Select(t => t[0]).ToArray();

        // Each task twice at once: one completion wins, the other is refused as already done.
        var attempts = tasks.Concat(tasks).Select(async t =>
        {
            try
            {
                await engine.CompleteAsync(t.Id, Actor.User("zhang", "承办人"));
                return true;
            }
            catch (WorkflowException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);

        Assert.Equal(tasks.Length, results.Count(r => r));
        foreach (var instance in instances)
        {
            var journal = await _db.OpenEngine("observer").JournalAsync(instance.Id);
            Assert.Single(journal, e => e.Kind == JournalKind.TaskCompleted);
        }
    }

    /// <summary>An update of the tree's root claiming the given revision, with one journal entry.</summary>
    private static TreeChanges Step(SampleTree tree, long revision, string detail)
    {
        var changes = new TreeChanges();
        changes.Instances.Updated.Add(tree.Root with { Revision = revision });
        changes.Journal.Add(tree.Journal with { Detail = detail });
        return changes;
    }
}
