using Reconsideration.CrashWorkload;
using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>What must hold in the database after any number of kills: nothing acknowledged lost, nothing done twice, no token stranded.</summary>
internal static class CrashInvariants
{
    /// <summary>The journal one entry per row, as SQL (the table packs a command's entries into one row: JournalRows).</summary>
    public const string JournalEntries =
        "(SELECT json_extract(e.value, '$.k') AS Kind, json_extract(e.value, '$.e') AS ElementId, "
        + "coalesce(json_extract(e.value, '$.i'), j.RootInstanceId) AS InstanceId FROM wf_journal j, json_each(j.Entries) e)";

    public static async Task CheckAsync(SqliteTestDatabase db, WorkloadLog log)
    {
        var store = db.OpenStore();
        var instances = InstanceIds(db);

        foreach (var id in log.Started)
            Assert.True(instances.Contains(id), $"the start of instance {id} was acknowledged but the instance is not in the database");
        foreach (var (taskId, (instanceId, element)) in log.Completed)
        {
            var task = await store.TaskAsync(taskId);
            Assert.True(task is { State: HumanTaskState.Completed }, $"task {taskId} ({element}) was acknowledged as completed but is {task?.State.ToString() ?? "missing"}");
            Assert.NotNull(task);
            Assert.Equal((instanceId, element), (task.InstanceId, task.ElementId));
        }

        // Each revision of a tree wrote one journal row (numbered by it): no commit's entries went missing or were
        // written twice.
        Assert.Equal(0, db.Scalar("SELECT COUNT(*) FROM wf_instances i WHERE i.Id = i.RootId AND "
                                  + "(SELECT COUNT(*) FROM wf_journal j WHERE j.RootInstanceId = i.Id AND j.Sequence BETWEEN 1 AND i.Revision) <> i.Revision"));
        Assert.Equal(0, db.Scalar("SELECT COUNT(*) FROM wf_journal j WHERE j.Sequence > (SELECT i.Revision FROM wf_instances i WHERE i.Id = j.RootInstanceId)"));
        // Nothing points at an instance that does not exist.
        foreach (var table in new[] { "wf_tasks", "wf_jobs", "wf_incidents", JournalEntries })
            Assert.Equal(0, db.Scalar($"SELECT COUNT(*) FROM {table} t WHERE t.InstanceId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM wf_instances i WHERE i.Id = t.InstanceId)"));

        foreach (var id in instances) await CheckInstanceAsync(store, id);
    }

    private static async Task CheckInstanceAsync(Workflows.Persistence.EfWorkflowStore store, Guid id)
    {
        var tree = await store.LoadTreeAsync(id);
        Assert.NotNull(tree);
        var instance = Assert.Single(tree.Instances);
        var journal = await store.JournalAsync(id);
        var tasks = await store.TasksAsync(new TaskQuery { InstanceId = id, OpenOnly = false });
        string Where(string what) => $"instance {id} ({instance.State}): {what}\n{string.Join("\n", journal.Select(e => $"  {e.Sequence} {e.Kind} {e.ElementId} {e.Detail}"))}";
        int Count(JournalKind kind, string? element = null) => journal.Count(e => e.Kind == kind && (element is null || e.ElementId == element));

        Assert.True(journal.Zip(journal.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence), Where("journal out of order"));
        Assert.True(Count(JournalKind.InstanceStarted) == 1, Where("started more than once"));

        // Done at most once: each user task created, completed and stored at most once; the timer fired and the service ran at most once.
        foreach (var element in CrashProcess.UserTasks)
        {
            Assert.True(Count(JournalKind.TaskCreated, element) <= 1, Where($"{element} created twice"));
            Assert.True(Count(JournalKind.TaskCompleted, element) <= 1, Where($"{element} completed twice"));
            Assert.True(tasks.Count(t => t.ElementId == element) <= 1, Where($"{element} has two task rows"));
            Assert.True(Count(JournalKind.TaskCompleted, element) == tasks.Count(t => t.ElementId == element && t.State == HumanTaskState.Completed),
                Where($"{element}: journal and task row disagree"));
        }
        Assert.True(Count(JournalKind.TimerFired, CrashProcess.Wait) <= 1, Where("timer fired twice"));
        Assert.True(Count(JournalKind.ElementCompleted, CrashProcess.Stamp) <= 1, Where("service task completed twice"));

        // The journal agrees with where the tokens stand: every entry into an element is matched by its leaving, or
        // by a token still there. A parallel join records one completion for the tokens it merges.
        var tokens = instance.Tokens;
        foreach (var element in journal.Where(e => e.Kind == JournalKind.ElementEntered).Select(e => e.ElementId!).Distinct())
        {
            var merged = element == CrashProcess.Join ? CrashProcess.JoinIncoming : 1;
            var balance = Count(JournalKind.ElementEntered, element) - merged * Count(JournalKind.ElementCompleted, element) - Count(JournalKind.ElementCancelled, element);
            Assert.True(balance == tokens.Count(t => t.ElementId == element), Where($"{element}: journal balance {balance} but {tokens.Count(t => t.ElementId == element)} tokens there"));
        }

        var openTasks = tree.OpenTasks;
        Assert.True(openTasks.GroupBy(t => t.TokenId).All(g => g.Count() == 1), Where("two open tasks for one token"));
        foreach (var task in openTasks)
            Assert.True(tokens.Any(t => t.Id == task.TokenId && t.ElementId == task.ElementId && t.State == TokenState.Waiting), Where($"open task {task.ElementId} without its waiting token"));
        foreach (var job in tree.Jobs)
            Assert.True(tokens.Any(t => t.Id == job.TokenId && t.ElementId == job.ElementId), Where($"job at {job.ElementId} without its token"));

        if (instance.State == InstanceState.Completed)
        {
            Assert.True(tokens.IsEmpty && openTasks.Count == 0 && tree.Jobs.Count == 0 && tree.Subscriptions.Count == 0, Where("completed but something still waits"));
            Assert.True(Count(JournalKind.InstanceCompleted) == 1, Where("completed without exactly one InstanceCompleted"));
            return;
        }
        Assert.True(instance.State == InstanceState.Active, Where("neither active nor completed"));
        Assert.True(!tokens.IsEmpty, Where("active without a token"));
        foreach (var token in tokens)
        {
            var waits = token.State switch
            {
                TokenState.Waiting => openTasks.Any(t => t.TokenId == token.Id) || tree.Jobs.Any(j => j.TokenId == token.Id)
                                      || tree.Subscriptions.Any(s => s.TokenId == token.Id),
                // Parked at the join while the other branch is still on its way.
                TokenState.Joining => token.ElementId == CrashProcess.Join
                                      && tokens.Any(o => o.State != TokenState.Joining)
                                      && tokens.Where(o => o.State == TokenState.Joining).Select(o => o.ArrivedVia).Distinct().Count() < CrashProcess.JoinIncoming,
                TokenState.Failed => tree.OpenIncidents.Any(i => i.TokenId == token.Id),
                _ => false,
            };
            Assert.True(waits, Where($"token at {token.ElementId} ({token.State}) waits for nothing"));
        }
    }

    private static HashSet<Guid> InstanceIds(SqliteTestDatabase db) => db.Texts("SELECT Id FROM wf_instances").Select(Guid.Parse).ToHashSet();
}
