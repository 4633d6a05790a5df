using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reconsideration.Host.Features.Persistence;

/// <summary>
/// Options and migration for the host's own tables (cases, API, identity) in the SQLite file they share with the
/// engine (docs/cases.md, Persistence): WAL, a 30 s busy wait, an own history table per context, and the same OS file
/// lock beside the database as the engine's, so no two contexts (nor the engine) migrate one file at the same moment.
/// </summary>
internal static class SqliteFiles
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static void Configure(DbContextOptionsBuilder builder, string path, string historyTable)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        builder.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(historyTable)).AddInterceptors(new PragmaInterceptor());
    }

    /// <summary>Applies pending migrations under the file lock; a lock row left by a process killed mid-migration is cleared.</summary>
    public static void Migrate(DbContext db, string path)
    {
        using (EnterLock(path + ".migration-lock"))
        {
            db.Database.OpenConnection();
            try
            {
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
                var orphan = db.Database.SqlQueryRaw<long>(
                    "SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").AsEnumerable().Single() > 0;
                if (orphan) db.Database.ExecuteSqlRaw("DELETE FROM \"__EFMigrationsLock\"");
                if (db.Database.GetPendingMigrations().Any()) db.Database.Migrate();
            }
            finally
            {
                db.Database.CloseConnection();
            }
        }
    }

    private static FileStream EnterLock(string lockPath)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < Patience)
            {
                Thread.Sleep(Random.Shared.Next(20, 60));
            }
            catch (IOException e)
            {
                throw new IOException($"等待数据库迁移锁“{lockPath}”超过{Patience.TotalMinutes}分钟：另一个进程仍在迁移该数据库。请确认没有卡住的进程后重试。", e);
            }
        }
    }

    private sealed class PragmaInterceptor : DbConnectionInterceptor
    {
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
