using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reconsideration.Workflows.Persistence;

/// <summary>Creates contexts for one database. SQLite runs in WAL mode with synchronous=NORMAL (durable across process crashes).</summary>
internal sealed class WorkflowDbContextFactory(DbContextOptions<WorkflowDbContext> options)
{
    private string? _connectionString;

    public WorkflowDbContext Create() => new(options);

    /// <summary>An open ADO.NET connection to the same database, for the hot path that bypasses EF Core's query pipeline.</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        if (_connectionString is null)
        {
            using var db = Create();
            _connectionString = db.Database.GetConnectionString()!;
        }
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        SqlitePragmas.Apply(connection);
        return connection;
    }

    public static WorkflowDbContextFactory Sqlite(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        var options = new DbContextOptionsBuilder<WorkflowDbContext>()
            .UseSqlite(connection)
            .AddInterceptors(new SqlitePragmaInterceptor())
            .Options;
        return new WorkflowDbContextFactory(options);
    }

    /// <summary>
    /// Per-connection settings: synchronous and the busy wait belong to each connection. WAL is a property of the
    /// file, set once by <see cref="EfWorkflowStore.Migrate"/>: setting it here failed on the read-only connection EF
    /// opens to see whether the database exists, whenever the file was not in WAL mode yet (an empty file, a copy in
    /// rollback-journal mode). Pooled connections keep their settings, so they are applied once per physical handle.
    /// </summary>
    internal static class SqlitePragmas
    {
        private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Prepared = new();

        public static void Apply(DbConnection connection)
        {
            if (connection is not SqliteConnection { Handle: { } handle } || !Prepared.TryAdd(handle, handle)) return;
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    private sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SqlitePragmas.Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            SqlitePragmas.Apply(connection);
            return Task.CompletedTask;
        }
    }
}
