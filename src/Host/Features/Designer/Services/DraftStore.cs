using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Designer.Persistence;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>The designer's drafts: one per process key, overwritten by each save, removed when it is published.</summary>
internal sealed class DraftStore(IDbContextFactory<DesignerDbContext> contexts, TimeProvider time)
{
    public async Task<Draft?> GetAsync(string processKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProcessKey == processKey, ct);
        return row is null ? null : ToDraft(row);
    }

    public async Task<IReadOnlyList<Draft>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Drafts.AsNoTracking().ToListAsync(ct);
        return [.. rows.OrderBy(r => r.ProcessKey, StringComparer.Ordinal).Select(ToDraft)];
    }

    /// <summary>Stores the file as the process's draft; refuses (changing nothing) a bad key or an unreadable file.</summary>
    public async Task<Draft> SaveAsync(string processKey, string? name, string? xml, string savedBy, CancellationToken ct = default)
    {
        BpmnFile.CheckKey(processKey);
        BpmnFile.CheckReadable(xml);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Drafts.SingleOrDefaultAsync(d => d.ProcessKey == processKey, ct);
        if (row is null)
        {
            row = new DraftRow { ProcessKey = processKey };
            db.Drafts.Add(row);
        }
        row.Name = string.IsNullOrWhiteSpace(name) ? row.Name : name.Trim();
        row.Xml = xml!;
        row.SavedAt = time.GetUtcNow();
        row.SavedBy = savedBy;
        await db.SaveChangesAsync(ct);
        return ToDraft(row);
    }

    public async Task DeleteAsync(IEnumerable<string> processKeys, CancellationToken ct = default)
    {
        var keys = processKeys.ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Drafts.Where(d => keys.Contains(d.ProcessKey)).ExecuteDeleteAsync(ct);
    }

    private static Draft ToDraft(DraftRow row) => new(row.ProcessKey, row.Name, row.Xml, row.SavedAt, row.SavedBy);
}
