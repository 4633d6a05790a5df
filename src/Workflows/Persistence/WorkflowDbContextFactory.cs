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
    /// Per-connection settings: WAL is a property of the file (set by <see cref="EfWorkflowStore.Migrate"/>),
    /// synchronous and the busy wait belong to each physical connection, so they are set once per pooled handle.
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> _prepared = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private void Apply(DbConnection connection)
        {
            if (connection is not SqliteConnection { Handle: { } handle } || !_prepared.TryAdd(handle, handle)) return;
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}
