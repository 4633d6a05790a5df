using Reconsideration.Workflows.Persistence;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>A command's journal entries packed into rows and read back unchanged (JournalRows).</summary>
public sealed class JournalRowsTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Entries_of_one_tree_make_one_row_and_read_back_with_what_differs_from_the_first()
    {
        var (root, child, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = SqliteTestDatabase.Epoch;
        JournalEntry[] entries =
        [
            new(0, root, root, at, "zhang", JournalKind.TaskCompleted, "Review", null),
            new(0, child, root, at, "zhang", JournalKind.VariableSet, "Review", "意见 = \"同意\\n理由：见附件\""),
            new(0, child, root, at.AddSeconds(1), "system", JournalKind.TimerFired, "Late", null),
            new(0, other, other, at, "wang", JournalKind.InstanceStarted, null, null),
        ];

        var rows = JournalRows.Pack(entries);
        for (var i = 0; i < rows.Length; i++) rows[i].Sequence = 7 + i;

        Assert.Equal([root, other], rows.Select(r => r.RootInstanceId));
        Assert.Contains("意见", rows[0].Entries);   // Chinese stays readable in the database
        var read = rows.SelectMany(JournalRows.Unpack).ToArray();
        Assert.Equal(entries, read.Select(e => e with { Sequence = 0 }));
        Assert.Equal([7 * JournalRows.EntriesPerRow, 7 * JournalRows.EntriesPerRow + 1, 7 * JournalRows.EntriesPerRow + 2, 8 * JournalRows.EntriesPerRow],
            read.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_completion_writes_one_journal_row()
    {
        var engine = _db.OpenEngine();
        await engine.DeployAsync(PersistenceProcesses.Parallel, "管理员");
        var instance = await engine.StartAsync("P");
        var rowsBefore = _db.Scalar("SELECT COUNT(*) FROM wf_journal");
        var entriesBefore = (await engine.JournalAsync(instance.Id)).Count;

        await engine.CompleteAsync((await engine.InstanceTasksAsync(instance.Id))[0].Id, Actor.User("zhang", "承办人"));

        Assert.Equal(rowsBefore + 1, _db.Scalar("SELECT COUNT(*) FROM wf_journal"));
        Assert.True((await engine.JournalAsync(instance.Id)).Count > entriesBefore + 1);
    }
}
