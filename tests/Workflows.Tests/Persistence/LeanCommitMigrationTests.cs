using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Reconsideration.Workflows.Persistence;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// A database written before the LeanerCommits migration keeps its history: each journal entry becomes a row of its
/// own with the same instance, time, actor, kind, element and detail, in the same order, and a task's candidates still
/// make it claimable.
/// </summary>
public sealed class LeanCommitMigrationTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task An_older_database_keeps_its_journal_and_candidates()
    {
        using (var context = WorkflowDbContextFactory.Sqlite(_db.Path).Create())
            context.GetService<IMigrator>().Migrate("20261128010539_TaskInstanceStateIndex");
        var (root, child, task) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (t0, t1) = (SqliteTestDatabase.Epoch.UtcTicks, SqliteTestDatabase.Epoch.AddMinutes(5).UtcTicks);
        using (var connection = _db.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                INSERT INTO wf_instances VALUES ('{Key(root)}', '{Key(root)}', NULL, NULL, 'P:1', 'P', '第1号', 'Active', {t0}, NULL, '{"{}"}', '[]', 1);
                INSERT INTO wf_instances VALUES ('{Key(child)}', '{Key(root)}', '{Key(root)}', NULL, 'R:1', 'R', NULL, 'Active', {t0}, NULL, '{"{}"}', '[]', 1);
                INSERT INTO wf_tasks VALUES ('{Key(task)}', '{Key(child)}', '{Key(root)}', '{Key(Guid.NewGuid())}', 'R:1', 'R', NULL, 'Answer', '答复', 'Open',
                    NULL, NULL, 0, 'handler', '', NULL, 50, NULL, 0, {t1}, NULL, NULL, 1);
                INSERT INTO wf_task_candidates VALUES ('{Key(task)}', 'role:handler');
                INSERT INTO wf_journal (InstanceId, RootInstanceId, At, Actor, Kind, ElementId, Detail) VALUES
                    ('{Key(root)}', '{Key(root)}', {t0}, 'zhang', 'InstanceStarted', NULL, NULL),
                    ('{Key(child)}', '{Key(root)}', {t1}, 'system', 'VariableSet', 'Answer', '意见 = "同意"'),
                    ('{Key(child)}', '{Key(root)}', {t1}, 'system', 'TaskCreated', 'Answer', NULL);
                """;
            command.ExecuteNonQuery();
        }

        var store = _db.OpenStore();
        var journal = await store.JournalAsync(root);
        var claimable = await store.TasksAsync(new TaskQuery { Claimable = ("li", ["handler"]) });

        Assert.Equal(
            [
                (root, SqliteTestDatabase.Epoch, "zhang", JournalKind.InstanceStarted, (string?)null, (string?)null),
                (child, SqliteTestDatabase.Epoch.AddMinutes(5), "system", JournalKind.VariableSet, "Answer", "意见 = \"同意\""),
                (child, SqliteTestDatabase.Epoch.AddMinutes(5), "system", JournalKind.TaskCreated, "Answer", null),
            ],
            journal.Select(e => (e.InstanceId, e.At, e.Actor, e.Kind, e.ElementId, e.Detail)));
        Assert.All(journal, e => Assert.Equal(root, e.RootInstanceId));
        Assert.True(journal.Zip(journal.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(task, Assert.Single(claimable).Id);
        Assert.Empty(await store.TasksAsync(new TaskQuery { Claimable = ("li", ["reviewer"]) }));
    }

    private static string Key(Guid id) => id.ToString().ToUpperInvariant();
}
