using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>
/// Creates contexts for the case tables of one SQLite file (WAL, synchronous=NORMAL, a 30 s busy wait) and migrates
/// it. Migration takes the same OS file lock beside the database as the engine does, so the two never migrate one
/// file at the same moment, and a lock row left by a process killed mid-migration is cleared as an orphan.
/// </summary>
internal sealed class CasesDatabase(DbContextOptions<CasesDbContext> options, string path)
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public string Path { get; } = path;

    public CasesDbContext Create() => new(options);

    public static CasesDatabase Sqlite(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        var options = new DbContextOptionsBuilder<CasesDbContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(CasesDbContext.HistoryTable))
            .AddInterceptors(new PragmaInterceptor())
            .Options;
        return new CasesDatabase(options, path);
    }

    /// <summary>Applies pending migrations under the file lock and puts the file in WAL mode.</summary>
    public void Migrate()
    {
        using var db = Create();
        using (EnterLock(Path + ".migration-lock"))
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
