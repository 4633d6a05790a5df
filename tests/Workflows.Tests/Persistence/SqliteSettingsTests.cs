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
    public async Task The_engines_connections_wait_for_locks_and_sync_as_wal_allows()
    {
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
