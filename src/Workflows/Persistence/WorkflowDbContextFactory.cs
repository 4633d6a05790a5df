using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reconsideration.Workflows.Persistence;

/// <summary>Creates contexts for one database. SQLite runs in WAL mode with synchronous=NORMAL (durable across process crashes).</summary>
internal sealed class WorkflowDbContextFactory(DbContextOptions<WorkflowDbContext> options)
{
    public WorkflowDbContext Create() => new(options);

    public static WorkflowDbContextFactory Sqlite(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        var options = new DbContextOptionsBuilder<WorkflowDbContext>()
            .UseSqlite(connection)
            .AddInterceptors(new SqlitePragmas())
            .Options;
        return new WorkflowDbContextFactory(options);
    }

    /// <summary>
    /// Per-connection settings: synchronous and the busy wait belong to each connection. WAL is a property of the
    /// file, set once by <see cref="EfWorkflowStore.Migrate"/>: setting it here failed on the read-only connection EF
    /// opens to see whether the database exists, whenever the file was not in WAL mode yet (an empty file, a copy in
    /// rollback-journal mode).
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}
