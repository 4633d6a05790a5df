using Reconsideration.Workflows.Persistence;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows;

/// <summary>Where the engine keeps its state: in memory (simulations, tests) or an SQLite database file.</summary>
public sealed class WorkflowStorage
{
    private WorkflowStorage(IWorkflowStore store) => Store = store;

    internal IWorkflowStore Store { get; }

    /// <summary>Nothing survives the process: for simulations and tests.</summary>
    public static WorkflowStorage InMemory() => new(new InMemoryWorkflowStore());

    /// <summary>An SQLite file in WAL mode; migrations are applied before first use.</summary>
    /// <param name="path">The database file; several processes (engines) may share it.</param>
    /// <param name="cachedTrees">
    /// How many instance trees this storage keeps in memory after loading or committing them, so that the next command
    /// on a tree skips its load (0: none). A tree another process changed meanwhile is detected at commit and reloaded.
    /// </param>
    public static WorkflowStorage Sqlite(string path, int cachedTrees = 1000)
    {
        var store = new EfWorkflowStore(WorkflowDbContextFactory.Sqlite(path), cachedTrees);
        store.Migrate();
        return new WorkflowStorage(store);
    }
}
