using Reconsideration.Workflows.Runtime.Execution;
using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows;

/// <summary>Due jobs (timers, retries), incidents and their retry by an operator.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Leases due jobs and runs each in its own transaction; returns how many ran. A job is deleted (or, for a
    /// cycle, rescheduled) in the same transaction as its effect, so it fires exactly once even when two nodes
    /// hold it after a lease expired: the second commit conflicts and finds the job gone.
    /// </summary>
    public async Task<int> RunDueJobsAsync(int max = 32, CancellationToken cancellation = default)
    {
        var owner = Options.NodeName;
        var jobs = await _store.AcquireJobsAsync(owner, _time.GetUtcNow(), Options.JobLease, max);
        var ran = 0;
        foreach (var job in jobs)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                if (await RunJobAsync(job, owner)) ran++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await JobFailedAsync(job, e);
            }
        }
        return ran;
    }

    private Task<bool> RunJobAsync(Job job, string owner)
    {
        if (job.RootInstanceId is not { } rootId) return StartByTimerAsync(job, owner);
        // Read fresh: the lease just taken is in no cached tree, and a job not (or no longer) ours is skipped without an error.
        return RunAsync(rootId, Actor.System, x =>
        {
            if (!x.Jobs.TryGetValue(job.Id, out var live) || live.LockOwner != owner) return false;
            x.FireJob(live);
            return true;
        }, mayUseCache: false);
    }

    /// <summary>A timer start event fires: a new instance starts and the job is rescheduled or removed atomically.</summary>
    private async Task<bool> StartByTimerAsync(Job job, string owner)
    {
        var current = await _store.JobAsync(job.Id);
        if (current is null || current.LockOwner != owner) return false;
        var processId = current.DefinitionId[..current.DefinitionId.LastIndexOf(':')];
        await RunNewAsync(Actor.System, x =>
        {
            var model = x.Engine.Definitions.Process(current.DefinitionId, processId);
            var timer = (Model.TimerDefinition)((Model.Event)model.Node(current.ElementId)).Definition!;
            var next = x.Engine.Timers.Due(timer, current.DueAt, current.FiredCount + 1, () => NoVariables);
            x.ForeignJobs[current.Id] = (current, next is null ? null
                : current with { DueAt = next.Value, FiredCount = current.FiredCount + 1, LockOwner = null, LockExpiresAt = null });
            x.StartInstance(current.DefinitionId, processId, null, NoVariables, startEventId: current.ElementId);
        });
        return true;
    }

    /// <summary>An unexpected failure outside the process's own error handling: retry with back-off, then an incident.</summary>
    private async Task JobFailedAsync(Job job, Exception error)
    {
        var current = await _store.JobAsync(job.Id);
        // Changed since this node leased it: another node took the lease over and ran, rescheduled or removed it, and
        // this run merely lost the race (a start timer's commit conflicts then). Not a failure, and not ours to write.
        if (current is null || current.Revision != job.Revision) return;
        var message = $"作业执行失败：{error.Message}";
        var changes = new TreeChanges();
        var retries = current.Retries - 1;
        var delay = Options.RetryBackoff[Math.Clamp(Options.JobRetries - current.Retries, 0, Options.RetryBackoff.Count - 1)];
        changes.Jobs.Updated.Add(current with
        {
            Retries = Math.Max(retries, 0), Failed = retries <= 0, LastError = message, LockOwner = null, LockExpiresAt = null,
            DueAt = _time.GetUtcNow() + delay, Revision = current.Revision + 1,
        });
        if (retries <= 0 && current.InstanceId is { } instanceId)
        {
            changes.Incidents.Added.Add(new Incident(Guid.NewGuid(), current.RootInstanceId!.Value, instanceId, current.TokenId,
                current.Id, current.ElementId, message + "。重试次数已用完，请排除原因后重试。", _time.GetUtcNow(), null, 1));
        }
        if (current.RootInstanceId is { } root) changes.TouchedRoots.Add(root);
        if (current.InstanceId is { } id)
            changes.Journal.Add(new JournalEntry(0, id, current.RootInstanceId!.Value, _time.GetUtcNow(), Actor.System.UserId,
                JournalKind.JobFailed, current.ElementId, message));
        try
        {
            await _store.CommitAsync(changes);
        }
        catch (StoreConflictException)
        {
            // Someone else changed the job meanwhile (it ran, or was cancelled with its instance): nothing to record.
        }
    }

    public Task<IReadOnlyList<Incident>> IncidentsAsync(bool openOnly = true) => _store.IncidentsAsync(openOnly);

    /// <summary>An operator retries an incident after removing its cause: the failed step runs again now.</summary>
    public async Task RetryIncidentAsync(Guid incidentId, Actor actor)
    {
        var incident = await _store.IncidentAsync(incidentId)
                       ?? throw new WorkflowException(WorkflowErrorKind.NotFound, $"故障 {incidentId} 不存在。");
        if (incident.ResolvedAt is not null)
            throw new WorkflowException(WorkflowErrorKind.Conflict, "该故障已经处理，无需再次重试。");
        await RunAsync(incident.RootInstanceId, actor, x =>
        {
            if (!x.Incidents.TryGetValue(incidentId, out var live))
                throw new WorkflowException(WorkflowErrorKind.Conflict, "该故障已经处理，无需再次重试。");
            if (live.JobId is { } failedJob && x.Jobs.TryGetValue(failedJob, out var job))
            {
                x.Incidents[live.Id] = live with { ResolvedAt = x.Now };
                x.Jobs[job.Id] = job with { Failed = false, Retries = 1, DueAt = x.Now, LockOwner = null, LockExpiresAt = null };
                x.Record(JournalKind.IncidentResolved, live.InstanceId, live.ElementId, "操作员重试");
                return true;
            }
            x.RetryIncident(live);
            return true;
        });
    }

    /// <summary>When the next job that can run falls due (null when none waits): lets a simulation move its clock there.</summary>
    public async Task<DateTimeOffset?> NextJobDueAsync()
    {
        var jobs = await _store.JobsAsync(failedOnly: false);
        return jobs.Where(j => !j.Failed).Select(j => (DateTimeOffset?)j.DueAt).Min();
    }
}
