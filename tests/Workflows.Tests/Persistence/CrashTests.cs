using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Reconsideration.CrashWorkload;
using Xunit.Abstractions;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// kill -9: a real child process runs a workload (starts, completions, timers, retries) on an SQLite file and is
/// killed with SIGKILL again and again at different moments, then restarted to continue. Afterwards the database
/// must show every acknowledged step exactly once, nothing done twice, no token stranded, and everything must
/// still run to its end.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>When a run is killed: after some progress lines (and a few milliseconds more), or at a moment of start-up.</summary>
    private abstract record Moment;
    private sealed record AfterProgress(int Lines, int ExtraMilliseconds) : Moment;
    private sealed record WhileMigrating : Moment;
    private sealed record AfterStartup(int Milliseconds) : Moment;

    [Fact]
    public async Task Killed_again_and_again_the_workload_loses_nothing_and_does_nothing_twice()
    {
        var clock = Stopwatch.StartNew();
        Moment[] moments =
        [
            new WhileMigrating(),            // the very first run, inside the migration of an empty file
            new AfterProgress(60, 0),
            new AfterProgress(25, 3),
            new AfterStartup(2500),          // about when it deploys and begins its first commands
            new AfterProgress(120, 7),
            new AfterStartup(1500),
            new AfterProgress(40, 1),
            new AfterProgress(90, 0),
        ];
        var log = new WorkloadLog();
        foreach (var moment in moments)
        {
            await using var run = WorkloadProcess.Start(_db.Path);
            var reached = await ReachAsync(run, moment);
            var (lines, errors) = await run.KillAsync();
            log.Add(lines, errors);
            output.WriteLine($"run {log.Runs}: killed {reached} after {lines.Count} lines ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        output.WriteLine($"acknowledged: {log.Started.Count} starts, {log.Completed.Count} completions, {log.Conflicts} conflicts");
        output.WriteLine($"in the database: {_db.Scalar("SELECT COUNT(*) FROM wf_instances")} instances, "
                         + $"{_db.Scalar($"SELECT COUNT(*) FROM {CrashInvariants.JournalEntries} WHERE Kind = 'TaskCompleted'")} task completions, "
                         + $"{_db.Scalar($"SELECT COUNT(*) FROM {CrashInvariants.JournalEntries} WHERE Kind = 'TimerFired'")} timers fired, "
                         + $"{_db.Scalar($"SELECT COUNT(*) FROM {CrashInvariants.JournalEntries} WHERE Kind = 'JobFailed'")} service-task failures retried");

        Assert.Empty(log.Errors);
        Assert.True(log.Started.Count >= 20 && log.Completed.Count >= 100, "the workload should have done a good amount before the checks");
        await CrashInvariants.CheckAsync(_db, log);

        await FinishEverythingAsync();
        await CrashInvariants.CheckAsync(_db, log);
        output.WriteLine($"checked and finished in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private async Task<string> ReachAsync(WorkloadProcess run, Moment moment)
    {
        switch (moment)
        {
            case AfterProgress(var lines, var extra):
                await run.WaitUntilAsync(() => run.Progress >= lines, $"{lines} progress lines", Patience);
                if (extra > 0) await Task.Delay(extra);
                return $"after {lines} progress lines + {extra} ms";
            case AfterStartup(var milliseconds):
                await Task.Delay(milliseconds);
                return $"{milliseconds} ms after start";
            case WhileMigrating:
                // Kill the moment the workload is seen migrating: holding the engine's migration lock file, or EF Core's
                // lock row in __EFMigrationsLock.
                await run.WaitUntilAsync(() => MigrationLockHeld() || run.Progress > 0, "its migration", Patience);
                return run.Progress > 0 ? "after start-up (the migration was never seen)" : "while migrating";
            default:
                throw new ArgumentOutOfRangeException(nameof(moment));
        }
    }

    private bool MigrationLockHeld()
    {
        var gate = _db.Path + ".migration-lock";
        if (File.Exists(gate))
        {
            try
            {
                using var probe = new FileStream(gate, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return true;
            }
        }
        try
        {
            return File.Exists(_db.Path) && _db.Scalar("SELECT COUNT(*) FROM __EFMigrationsLock") > 0;
        }
        catch (SqliteException)
        {
            return false;   // no table yet, or busy
        }
    }

    /// <summary>A fresh engine an hour later: every timer and retry is due and every lease expired; complete all that is open.</summary>
    private async Task FinishEverythingAsync()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(1));
        var engine = new WorkflowEngine(_db.OpenStorage(), time, new WorkflowEngineOptions { NodeName = "finisher" },
            [new StampHandler(failFirstAttempts: false)], SqliteTestDatabase.Calendar);
        var clerk = Actor.User("finisher", CrashProcess.Role);
        for (var round = 0; ; round++)
        {
            Assert.True(round < 20, "the instances should all have ended after a few rounds");
            var ran = await engine.RunDueJobsAsync(max: 1000);
            var open = await engine.ClaimableTasksAsync(clerk);
            foreach (var task in open) await engine.CompleteAsync(task.Id, clerk);
            if (ran == 0 && open.Count == 0 && await engine.NextJobDueAsync() is null) break;
            time.Advance(TimeSpan.FromMinutes(10));   // past the timers just scheduled and any retry's back-off
        }
        Assert.Empty(await engine.IncidentsAsync());
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM wf_instances WHERE State <> 'Completed'"));
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM wf_tasks WHERE State <> 'Completed'"));
        // Every instance went the whole way, each step once.
        var instances = _db.Scalar("SELECT COUNT(*) FROM wf_instances");
        foreach (var (kind, element) in new[]
                 {
                     ("TaskCompleted", CrashProcess.Accept), ("TimerFired", CrashProcess.Wait), ("ElementCompleted", CrashProcess.Stamp),
                     ("TaskCompleted", CrashProcess.Investigate), ("TaskCompleted", CrashProcess.Hear), ("ElementCompleted", CrashProcess.Join),
                 })
            Assert.Equal(instances, _db.Scalar($"SELECT COUNT(*) FROM {CrashInvariants.JournalEntries} WHERE Kind = '{kind}' AND ElementId = '{element}'"));
        Assert.Equal(instances, _db.Scalar($"SELECT COUNT(*) FROM {CrashInvariants.JournalEntries} WHERE Kind = 'InstanceCompleted'"));
    }
}
