using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reconsideration.Workflows.Persistence;

/// <summary>
/// Per-connection settings of every context on a file the engine uses (the host's contexts share it): synchronous
/// and the busy wait belong to each connection. WAL is a property of the file, set once by
/// <see cref="EfWorkflowStore.Migrate"/>: setting it here failed on the read-only connection EF opens to see whether
/// the database exists, whenever the file was not in WAL mode yet (an empty file, a copy in rollback-journal mode).
/// Pooled connections keep their settings, so they are applied once per physical handle, not at every open.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=10000;";
    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    internal static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || !Prepared.TryAdd(handle, handle)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
