using Microsoft.EntityFrameworkCore;
using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Persistence;

/// <summary>The store on EF Core: each commit is one transaction whose updates and deletes are checked by revision.</summary>
internal sealed partial class EfWorkflowStore(WorkflowDbContextFactory factory, int cachedTrees = 0) : IWorkflowStore
{
    private readonly FastPath.SqlTreeStore _fast = new(ModelOf(factory), factory.OpenConnectionAsync);
    private readonly FastPath.TreeCache _cache = new(cachedTrees);

    /// <summary>Copies the write-ahead log into the database now, as the background does every few hundred commits.</summary>
    internal Task CheckpointAsync() => _fast.Checkpoints.CheckpointAsync();

    private static Microsoft.EntityFrameworkCore.Metadata.IModel ModelOf(WorkflowDbContextFactory factory)
    {
        using var db = factory.Create();
        return db.Model;
    }

    public void Migrate()
    {
        using var db = factory.Create();
        if (!db.Database.IsSqlite())
        {
            db.Database.Migrate();
            return;
        }
        SqliteMigrationGate.Migrate(db, Path.GetFullPath(((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection()).DataSource));
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    /// <summary>A context whose connection is already open, so that its queries share one connection.</summary>
    private async Task<WorkflowDbContext> OpenAsync()
    {
        var db = factory.Create();
        await db.Database.OpenConnectionAsync();
        return db;
    }

    public async Task<IReadOnlyList<DeployedDefinition>> DefinitionsAsync(string? processId = null)
    {
        await using var db = await OpenAsync();
        var rows = await db.Definitions.AsNoTracking().Where(d => processId == null || d.ProcessId == processId)
            .OrderBy(d => d.ProcessId).ThenBy(d => d.Version).ToListAsync();
        return rows.Select(RowMapping.ToRecord).ToArray();
    }

    public async Task<DeployedDefinition?> DefinitionAsync(string id)
    {
        await using var db = await OpenAsync();
        var row = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        return row is null ? null : RowMapping.ToRecord(row);
    }

    public async Task DeployAsync(IReadOnlyList<DeployedDefinition> definitions, TreeChanges startArtifacts)
    {
        await using var db = await OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var prefixes = definitions.Select(d => d.ProcessId + ":").ToArray();
        foreach (var prefix in prefixes)
        {
            // A new version replaces the start timers and start subscriptions of the earlier ones.
            await db.Jobs.Where(j => j.InstanceId == null && j.DefinitionId.StartsWith(prefix)).ExecuteDeleteAsync();
            await db.Subscriptions.Where(s => s.InstanceId == null && s.DefinitionId.StartsWith(prefix)).ExecuteDeleteAsync();
        }
        // A deployment only adds rows: the definitions and their start timers and start subscriptions.
        db.Definitions.AddRange(definitions.Select(RowMapping.ToRow));
        db.Jobs.AddRange(startArtifacts.Jobs.Added.Select(RowMapping.ToRow));
        db.Subscriptions.AddRange(startArtifacts.Subscriptions.Added.Select(RowMapping.ToRow));
        await SaveAsync(db);
        await transaction.CommitAsync();
    }

    // The hot path — a tree loaded in one round trip, a command committed in one transaction — bypasses
    // EF Core's query and change-tracking pipeline, which cost ten times the work itself (docs/benchmarks.md).
    public async Task<TreeSnapshot?> LoadTreeAsync(Guid rootInstanceId, bool mayUseCache = false)
    {
        if (mayUseCache && _cache.TryGet(rootInstanceId, out var cached)) return cached with { FromCache = true };
        var loaded = await _fast.LoadTreeAsync(rootInstanceId);
        if (loaded is not null) _cache.Loaded(rootInstanceId, loaded);
        return loaded;
    }

    public async Task CommitAsync(TreeChanges changes)
    {
        try
        {
            await _fast.CommitAsync(changes);
        }
        catch
        {
            // A conflict means some tree the commit was based on is stale, possibly the cached one.
            _cache.Evict(changes);
            throw;
        }
        _cache.Committed(changes);
    }

    private static async Task SaveAsync(WorkflowDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new StoreConflictException("A row was inserted concurrently.", e);
        }
    }
}
