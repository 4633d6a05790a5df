using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Api.Persistence;

namespace Reconsideration.Host.Features.Api.Access;

/// <summary>Who handles a case, and which process instances belong to it.</summary>
internal sealed class CaseLinks(IDbContextFactory<ApiDbContext> contexts, TimeProvider clock)
{
    public async Task<CaseAssignment?> HandlerAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assignments.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken);
        return row is null ? null : new CaseAssignment(row.Handler, row.HandlerName, row.AssignedAt, row.AssignedBy);
    }

    public async Task<CaseAssignment> AssignAsync(Guid caseId, string handler, string handlerName, string by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assignments.SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken);
        if (row is null) db.Assignments.Add(row = new CaseAssignmentRow { CaseId = caseId });
        row.Handler = handler;
        row.HandlerName = handlerName;
        row.AssignedAt = clock.GetUtcNow();
        row.AssignedBy = by;
        await db.SaveChangesAsync(cancellationToken);
        return new CaseAssignment(row.Handler, row.HandlerName, row.AssignedAt, row.AssignedBy);
    }

    /// <summary>Every assignment, by case (lists use <see cref="HandlersOfAsync"/> for just the cases in hand).</summary>
    public async Task<Dictionary<Guid, CaseAssignment>> HandlersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Assignments.AsNoTracking().ToDictionaryAsync(a => a.CaseId,
            a => new CaseAssignment(a.Handler, a.HandlerName, a.AssignedAt, a.AssignedBy), cancellationToken);
    }

    /// <summary>
    /// Assigns the case to this handler only if it has none (承办人 by taking a task, docs/cases.md); true when it did.
    /// Two people taking tasks of one unassigned case at once: the first insert wins, the other changes nothing.
    /// </summary>
    public async Task<bool> AssignIfNoneAsync(Guid caseId, string handler, string handlerName, string by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Assignments.AnyAsync(a => a.CaseId == caseId, cancellationToken)) return false;
        db.Assignments.Add(new CaseAssignmentRow
        {
            CaseId = caseId, Handler = handler, HandlerName = handlerName, AssignedAt = clock.GetUtcNow(), AssignedBy = by,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async Task LinkProcessAsync(Guid caseId, Guid rootInstanceId, string processId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Processes.Add(new CaseProcessRow { CaseId = caseId, InstanceId = rootInstanceId, ProcessId = processId, StartedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The root instances of the case's processes, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> ProcessesAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Processes.AsNoTracking().Where(p => p.CaseId == caseId)
            .OrderBy(p => p.StartedAt).Select(p => p.InstanceId).ToListAsync(cancellationToken);
    }

    /// <summary>The root instances of the cases a handler may see: those assigned to them and the unassigned ones.</summary>
    public async Task<List<Guid>> RootsVisibleToHandlerAsync(string handler, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Processes.AsNoTracking()
            .Where(p => !db.Assignments.Any(a => a.CaseId == p.CaseId && a.Handler != handler))
            .Select(p => p.InstanceId).ToListAsync(cancellationToken);
    }

    /// <summary>The root instances of these cases' processes.</summary>
    public async Task<List<Guid>> RootsOfCasesAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Processes.AsNoTracking().Where(p => caseIds.Contains(p.CaseId)).Select(p => p.InstanceId).ToListAsync(cancellationToken);
    }

    /// <summary>The case of each of these root instances that belongs to one.</summary>
    public async Task<Dictionary<Guid, Guid>> CasesOfRootsAsync(IReadOnlyCollection<Guid> rootInstanceIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Processes.AsNoTracking().Where(p => rootInstanceIds.Contains(p.InstanceId))
            .ToDictionaryAsync(p => p.InstanceId, p => p.CaseId, cancellationToken);
    }

    /// <summary>The handlers of these cases (unassigned ones are absent).</summary>
    public async Task<Dictionary<Guid, CaseAssignment>> HandlersOfAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Assignments.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).ToDictionaryAsync(a => a.CaseId,
            a => new CaseAssignment(a.Handler, a.HandlerName, a.AssignedAt, a.AssignedBy), cancellationToken);
    }

    public async Task<Guid?> CaseOfInstanceAsync(Guid rootInstanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.InstanceId == rootInstanceId, cancellationToken);
        return row?.CaseId;
    }
}
