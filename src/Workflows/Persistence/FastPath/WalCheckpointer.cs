using System.Data.Common;

namespace Reconsideration.Workflows.Persistence.FastPath;

/// <summary>
/// Copies the write-ahead log into the database off the committing caller's path. Left to SQLite, the commit that
/// crosses <c>wal_autocheckpoint</c> copies the whole log and syncs both files on its caller's time (tens to hundreds
/// of milliseconds on a virtual disk, every few hundred completions). Here, every <see cref="Every"/> commits a
/// background pass copies the log without blocking writers (PASSIVE). The log file is only written from its start
/// again once a checkpoint has copied every frame before the next commit begins, which a steady load never allows; so
/// once the log is <see cref="RestartAt"/> frames long, a second pass catches up and a last short one runs while this
/// store's writers wait. The connections' <c>wal_autocheckpoint</c> stays as the bound if the background falls
/// behind; writers of other processes are not held.
/// </summary>
internal sealed class WalCheckpointer(Func<Task<DbConnection>> open, SemaphoreSlim writer)
{
    /// <summary>Commits between background passes (a completion writes about nine frames).</summary>
    public const int Every = 256;

    /// <summary>
    /// Log length, in frames, at which a pass also restarts the log: about every other pass, and low enough that the
    /// log stays below <c>wal_autocheckpoint</c>'s 10,000 while the restart catches up. Restarting at every pass
    /// measured slower: the writers' wait (10–35 ms, mostly the two syncs) came twice as often.
    /// </summary>
    private const int RestartAt = 4000;

    private int _commits;
    private int _running;

    /// <summary>Called after each transaction (under the writers' lock) with the commits it held; starts a background pass when it is time.</summary>
    public void Committed(int commits)
    {
        if ((_commits += commits) < Every || Interlocked.Exchange(ref _running, 1) == 1) return;
        _commits = 0;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var connection = await open();
                await using var command = Checkpoint(connection);
                if (await PassAsync(command) >= RestartAt) await RestartAsync(command);
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

    /// <summary>Copies the whole log into the database now; the next commit writes the log from its start.</summary>
    public async Task CheckpointAsync()
    {
        await using var connection = await open();
        await using var command = Checkpoint(connection);
        await PassAsync(command);
        await RestartAsync(command);
    }

    /// <summary>Copies what the writers added since the last pass, then the last few frames while they wait.</summary>
    private async Task RestartAsync(DbCommand command)
    {
        await PassAsync(command);
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

    private static DbCommand Checkpoint(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        return command;
    }

    /// <summary>One PASSIVE checkpoint; returns the log's length in frames.</summary>
    private static async Task<long> PassAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(1);
    }
}
