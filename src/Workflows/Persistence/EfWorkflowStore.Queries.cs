using Microsoft.EntityFrameworkCore;
using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Persistence;

/// <summary>Queries and job leases.</summary>
internal sealed partial class EfWorkflowStore
{
    public async Task<InstanceRecord?> InstanceAsync(Guid id)
    {
        await using var db = await OpenAsync();
        var row = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        return row is null ? null : RowMapping.ToRecord(row);
    }

    public async Task<HumanTask?> TaskAsync(Guid id) => await _fast.TaskAsync(id) is { } row ? RowMapping.ToRecord(row) : null;

    public async Task<Guid?> TaskRootAsync(Guid taskId)
    {
        if (_cache.TaskRoot(taskId) is { } root) return root;
        if (await _fast.TaskAsync(taskId) is not { } row) return null;
        _cache.RememberTask(taskId, row.RootInstanceId);
        return row.RootInstanceId;
    }

    public async Task<IReadOnlyList<HumanTask>> TasksAsync(TaskQuery query) =>
        (await _fast.TasksAsync(query)).Select(RowMapping.ToRecord).ToArray();

    public async Task<TaskPage> TaskPageAsync(TaskListQuery query)
    {
        var (rows, total) = await _fast.TaskPageAsync(query);
        return new TaskPage(rows.Select(RowMapping.ToRecord).ToArray(), total);
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid rootInstanceId)
    {
        await using var db = await OpenAsync();
        var rows = await db.Journal.AsNoTracking().Where(j => j.RootInstanceId == rootInstanceId).OrderBy(j => j.Sequence).ToListAsync();
        return rows.SelectMany(JournalRows.Unpack).ToArray();
    }

    public async Task<(IReadOnlyList<ElementCount> Passed, IReadOnlyList<ElementCount> Waiting)> ElementCountsAsync(string definitionId)
    {
        await using var db = await OpenAsync();
        var passed = await _fast.PassedAsync(definitionId);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.DefinitionId == definitionId && t.State == HumanTaskState.Open)
            .GroupBy(t => t.ElementId)
            .Select(g => new ElementCount(g.Key, g.Select(t => t.InstanceId).Distinct().Count()))
            .ToListAsync();
        var timers = await db.Jobs.AsNoTracking()
            .Where(j => j.DefinitionId == definitionId && j.Kind == JobKind.Timer && j.InstanceId != null)
            .GroupBy(j => j.ElementId)
            .Select(g => new ElementCount(g.Key, g.Select(j => j.InstanceId).Distinct().Count()))
            .ToListAsync();
        var messages = await db.Subscriptions.AsNoTracking()
            .Where(s => s.DefinitionId == definitionId && s.InstanceId != null)
            .GroupBy(s => s.ElementId)
            .Select(g => new ElementCount(g.Key, g.Select(s => s.InstanceId).Distinct().Count()))
            .ToListAsync();
        // An element waits in one way only (a task, a timer or a message), so the three counts add up.
        return (passed, [.. tasks.Concat(timers).Concat(messages)]);
    }

    public async Task<IReadOnlyList<Incident>> IncidentsAsync(bool openOnly)
    {
        await using var db = await OpenAsync();
        var rows = await db.Incidents.AsNoTracking().Where(i => !openOnly || i.ResolvedAt == null).OrderBy(i => i.CreatedAt).ToListAsync();
        return rows.Select(RowMapping.ToRecord).ToArray();
    }

    public async Task<Incident?> IncidentAsync(Guid id)
    {
        await using var db = await OpenAsync();
        var row = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        return row is null ? null : RowMapping.ToRecord(row);
    }

    public async Task<IReadOnlyList<MessageSubscription>> SubscriptionsAsync(string messageName)
    {
        await using var db = await OpenAsync();
        var rows = await db.Subscriptions.AsNoTracking().Where(s => s.MessageName == messageName).ToListAsync();
        return rows.Select(RowMapping.ToRecord).ToArray();
    }

    /// <summary>Each lease is taken with a revision-checked update, so two nodes never both get one job.</summary>
    public async Task<IReadOnlyList<Job>> AcquireJobsAsync(string owner, DateTimeOffset now, TimeSpan lease, int max)
    {
        await using var db = await OpenAsync();
        var due = await db.Jobs.AsNoTracking()
            .Where(j => !j.Failed && j.DueAt <= now && (j.LockOwner == null || j.LockExpiresAt < now))
            .OrderBy(j => j.DueAt).Take(max).ToListAsync();
        var acquired = new List<Job>();
        var expires = now + lease;
        foreach (var job in due)
        {
            var updated = await db.Jobs.Where(j => j.Id == job.Id && j.Revision == job.Revision)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, owner)
                    .SetProperty(j => j.LockExpiresAt, expires)
                    .SetProperty(j => j.Revision, job.Revision + 1));
            if (updated == 1)
                acquired.Add(RowMapping.ToRecord(job) with { LockOwner = owner, LockExpiresAt = expires, Revision = job.Revision + 1 });
        }
        // A lease changes a job without moving its tree's root; a cached tree would still show the job unleased.
        foreach (var job in acquired)
            if (job.RootInstanceId is { } root) _cache.Evict(root);
        return acquired;
    }

    public async Task<Job?> JobAsync(Guid id)
    {
        await using var db = await OpenAsync();
        var row = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id);
        return row is null ? null : RowMapping.ToRecord(row);
    }

    public async Task<IReadOnlyList<Job>> JobsAsync(bool failedOnly)
    {
        await using var db = await OpenAsync();
        var rows = await db.Jobs.AsNoTracking().Where(j => !failedOnly || j.Failed).OrderBy(j => j.DueAt).ToListAsync();
        return rows.Select(RowMapping.ToRecord).ToArray();
    }
}
