using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Reconsideration.Workflows.Persistence;

/// <summary>
/// Lets one process at a time migrate an SQLite file, and survives a process killed while migrating.
/// EF Core guards migrations with a row in <c>__EFMigrationsLock</c> that it deletes when done, on every start
/// (even with nothing to migrate); a process killed in between leaves the row behind and every later start waits
/// for it forever. Here processes take an OS lock on a file beside the database first, which the OS releases when
/// its holder dies; whoever holds it knows that no other engine is migrating, so a leftover row is an orphan and is
/// removed. (A migration run by hand with the EF tools at the same moment does not take this lock: stop the
/// engine first.) Public because the host's own tables live in the same file and must take the same lock.
/// </summary>
public static class SqliteMigrationGate
{
    private const string LockTable = "__EFMigrationsLock";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Applies <paramref name="db"/>'s pending migrations to the SQLite file at <paramref name="databasePath"/> under the file lock.</summary>
    public static void Migrate(DbContext db, string databasePath)
    {
        using (Enter(databasePath + ".migration-lock"))
        {
            var orphaned = db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}'")
                .AsEnumerable().Single() > 0;
            if (orphaned) db.Database.ExecuteSqlRaw($"DELETE FROM \"{LockTable}\"");
            if (db.Database.GetPendingMigrations().Any()) db.Database.Migrate();
        }
    }

    /// <summary>An exclusive lock on <paramref name="lockPath"/> (flock on Unix, a sharing lock on Windows), waited for.</summary>
    private static FileStream Enter(string lockPath)
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
}
