using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// A commit that carries one stale row (changed or removed underneath since it was loaded) fails with a conflict
/// and writes nothing at all: not its other rows, not its journal entries.
/// </summary>
public sealed class StaleUpdateTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();
    private readonly SampleTree _tree = new(SqliteTestDatabase.Epoch);

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> StaleRows => ["instance", "task", "job", "incident", "subscription", "new instance", "new task"];

    [Theory]
    [MemberData(nameof(StaleRows))]
    public async Task A_stale_row_fails_the_whole_commit(string stale)
    {
        await _db.OpenStore().CommitAsync(_tree.AsChanges());
        await ChangeUnderneathAsync(stale);
        var before = Dump();

        var changes = HarmlessChanges();
        switch (stale)
        {
            case "instance": changes.Instances.Updated.Add(_tree.Root with { State = InstanceState.Completed, Revision = _tree.Root.Revision + 1 }); break;
            case "task": changes.Tasks.Updated.Add(_tree.Task with { State = HumanTaskState.Completed, Revision = _tree.Task.Revision + 1 }); break;
            case "job": changes.Jobs.Removed.Add(_tree.Job); break;
            case "incident": changes.Incidents.Updated.Add(_tree.Incident with { ResolvedAt = SqliteTestDatabase.Epoch, Revision = _tree.Incident.Revision + 1 }); break;
            case "subscription": changes.Subscriptions.Removed.Add(_tree.Subscription); break;
            case "new instance": changes.Instances.Added.Add(_tree.Child with { State = InstanceState.Active }); break;
            case "new task": changes.Tasks.Added.Add(_tree.Task with { Name = "重复" }); break;
        }
        await Assert.ThrowsAsync<StoreConflictException>(() => _db.OpenStore().CommitAsync(changes));

        Assert.Equal(before, Dump());
    }

    [Fact]
    public async Task The_same_changes_on_fresh_rows_commit()
    {
        await _db.OpenStore().CommitAsync(_tree.AsChanges());
        var changes = HarmlessChanges();
        changes.Instances.Updated.Add(_tree.Root with { Revision = _tree.Root.Revision + 1 });
        changes.Jobs.Removed.Add(_tree.Job);
        changes.Subscriptions.Removed.Add(_tree.Subscription);
        await _db.OpenStore().CommitAsync(changes);

        var store = _db.OpenStore();
        Assert.Equal(2, (await store.JournalAsync(_tree.Root.Id)).Count);
        Assert.Null(await store.JobAsync(_tree.Job.Id));
        Assert.Equal(_tree.Root.Revision + 1, (await store.InstanceAsync(_tree.Root.Id))!.Revision);
    }

    /// <summary>Another writer's change: a revision moves, or a row goes.</summary>
    private async Task ChangeUnderneathAsync(string stale)
    {
        var store = _db.OpenStore();
        var other = new TreeChanges();
        switch (stale)
        {
            case "instance": other.Instances.Updated.Add(_tree.Root with { Revision = _tree.Root.Revision + 1 }); break;
            case "task": other.Tasks.Updated.Add(_tree.Task with { Assignee = "li", Revision = _tree.Task.Revision + 1 }); break;
            case "job":
                // Another node leases the job after its lease expired.
                Assert.Single(await store.AcquireJobsAsync("node-b", _tree.Job.LockExpiresAt!.Value.AddTicks(1), TimeSpan.FromMinutes(5), 10),
                    j => j.Id == _tree.Job.Id);
                return;
            case "incident": other.Incidents.Updated.Add(_tree.Incident with { Message = "已更新", Revision = _tree.Incident.Revision + 1 }); break;
            case "subscription": other.Subscriptions.Removed.Add(_tree.Subscription); break;
            default: return;
        }
        await store.CommitAsync(other);
    }

    /// <summary>Changes that would commit on their own: a new task, a journal entry, a new start job.</summary>
    private TreeChanges HarmlessChanges()
    {
        var changes = new TreeChanges();
        changes.Tasks.Added.Add(_tree.Task with { Id = Guid.NewGuid(), Name = "新任务", CandidateRoles = ["新角色"] });
        changes.Journal.Add(_tree.Journal with { Kind = JournalKind.TaskCreated, Detail = "不应写入" });
        changes.Jobs.Added.Add(_tree.StartJob with { Id = Guid.NewGuid() });
        return changes;
    }

    /// <summary>Every row of every table as text, to compare before and after.</summary>
    private string Dump()
    {
        var tables = _db.Texts("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'wf_%' ORDER BY name");
        using var connection = _db.OpenConnection();
        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {table} ORDER BY 1, 2";
            using var reader = select.ExecuteReader();
            dump.AppendLine(table);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) dump.Append(reader.GetValue(i)).Append('|');
                dump.AppendLine();
            }
        }
        return dump.ToString();
    }
}
