using System.Data.Common;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// Copies the write-ahead log into the database off the committing caller's path. Left to SQLite, the commit that
/// crosses <c>wal_autocheckpoint</c> copies the whole log and syncs both files on its caller's time (tens to hundreds of
/// milliseconds on a virtual disk, every few hundred completions). Here, every <see cref="Every"/> commits a background
/// pass copies what it can without blocking writers (PASSIVE), repeated while the writers add more than a little; the
/// last short pass runs while this store's writers wait, so that it copies every frame and the next commit starts
/// the log from its beginning again (without it the log would only grow under a steady load). The connection's
/// <c>wal_autocheckpoint</c> stays as the bound if the background falls behind, and writers of other processes are
/// unaffected.
/// </summary>
internal sealed class WalCheckpointer(Func<Task<DbConnection>> open, SemaphoreSlim writer)
{
    /// <summary>Commits between background passes: about a third of the automatic checkpoint's 10,000 pages.</summary>
    public const int Every = 256;

    /// <summary>Log frames a pass may leave for the final pass under the writers' lock.</summary>
    private const int Remainder = 512;

    private const int MaxPasses = 4;

    private int _commits;
    private int _running;

    /// <summary>Called after each commit (under the writers' lock); starts a background pass when it is time.</summary>
    public void Committed()
    {
        if (++_commits < Every || Interlocked.Exchange(ref _running, 1) == 1) return;
        _commits = 0;
        _ = Task.Run(async () =>
        {
            try
            {
                await CheckpointAsync();
            }
            catch (DbException)
            {
                // Another process may be checkpointing, or the file is busy: the next pass (or SQLite's own) does it.
            }
            finally
            {
                Volatile.Write(ref _running, 0);
            }
        });
    }

    /// <summary>Copies the whole log into the database; the next commit restarts the log.</summary>
    public async Task CheckpointAsync()
    {
        await using var connection = await open();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var (log, copied) = await PassAsync(command);
            if (log - copied <= Remainder) break;
        }
        await writer.WaitAsync();
        try
        {
            await PassAsync(command);
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>One PASSIVE checkpoint: the log's size and how much of it is now in the database, in frames.</summary>
    private static async Task<(long Log, long Copied)> PassAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(1), reader.GetInt64(2));
    }
}
