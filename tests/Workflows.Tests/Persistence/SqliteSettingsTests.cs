using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Workflows.Persistence;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>How the engine opens an SQLite file: WAL, migrated, settings on every connection.</summary>
public sealed class SqliteSettingsTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Opening_the_storage_puts_the_file_in_wal_mode()
    {
        _db.OpenStorage();
        using var connection = _db.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task An_existing_empty_file_is_migrated_and_put_in_wal_mode()
    {
        File.WriteAllBytes(_db.Path, []);   // created beforehand, as an installer or another program might

        var engine = new WorkflowEngine(_db.OpenStorage(), _db.Time, calendar: SqliteTestDatabase.Calendar);
        await engine.DeployAsync(PersistenceProcesses.Review, "管理员");

        Assert.Equal("wal", JournalMode());
    }

    [Fact]
    public async Task A_database_in_rollback_journal_mode_opens_and_is_switched_to_wal()
    {
        var engine = new WorkflowEngine(_db.OpenStorage(), _db.Time, calendar: SqliteTestDatabase.Calendar);
        await engine.DeployAsync(PersistenceProcesses.Review, "管理员");
        SqliteConnection.ClearAllPools();
        using (var connection = _db.OpenConnection())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE";
            Assert.Equal("delete", command.ExecuteScalar());
        }

        var reopened = new WorkflowEngine(_db.OpenStorage(), _db.Time, calendar: SqliteTestDatabase.Calendar);
        Assert.Single(await reopened.DefinitionsAsync());
        Assert.Equal("wal", JournalMode());
    }

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_process_does_not_block_the_next_start()
    {
        var engine = new WorkflowEngine(_db.OpenStorage(), _db.Time, calendar: SqliteTestDatabase.Calendar);
        await engine.DeployAsync(PersistenceProcesses.Review, "管理员");
        // What EF Core leaves when the process dies between taking its migration lock and releasing it.
        using (var connection = _db.OpenConnection())
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-03-02 09:00:00');
                """;
            command.ExecuteNonQuery();
        }

        var reopened = await Task.Run(_db.OpenStorage).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(await new WorkflowEngine(reopened, _db.Time, calendar: SqliteTestDatabase.Calendar).DefinitionsAsync());
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM __EFMigrationsLock"));
    }

    [Fact]
    public async Task Several_nodes_opening_a_new_file_at_once_migrate_it_once()
    {
        using var barrier = new Barrier(6);
        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
        {
            barrier.SignalAndWait();
            return _db.OpenStorage();
        }))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(6, opened.Length);
        using var context = WorkflowDbContextFactory.Sqlite(_db.Path).Create();
        Assert.Equal(context.Database.GetMigrations().Count(), _db.Scalar("SELECT COUNT(*) FROM __EFMigrationsHistory"));
        Assert.Equal("wal", JournalMode());
    }

    private string JournalMode()
    {
        using var connection = _db.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task The_engines_connections_wait_for_locks_and_sync_as_wal_allows()
    {
        _db.OpenStorage();
        await using var context = WorkflowDbContextFactory.Sqlite(_db.Path).Create();
        await context.Database.OpenConnectionAsync();
        Assert.Equal("wal", await Pragma(context, "journal_mode"));
        Assert.Equal(1L, await Pragma(context, "synchronous"));   // NORMAL: durable when the process dies, fast in WAL
        Assert.Equal(30000L, await Pragma(context, "busy_timeout"));
    }

    [Fact]
    public void Every_migration_is_applied_and_opening_again_changes_nothing()
    {
        _db.OpenStorage();
        var applied = _db.Scalar("SELECT COUNT(*) FROM __EFMigrationsHistory");
        _db.OpenStorage();
        using var context = WorkflowDbContextFactory.Sqlite(_db.Path).Create();
        Assert.Equal(context.Database.GetMigrations().Count(), applied);
        Assert.Empty(context.Database.GetPendingMigrations());
        Assert.Equal(applied, _db.Scalar("SELECT COUNT(*) FROM __EFMigrationsHistory"));
    }

    private static async Task<object?> Pragma(DbContext context, string name)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return await command.ExecuteScalarAsync();
    }
}
