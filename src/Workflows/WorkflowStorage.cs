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
    public static WorkflowStorage Sqlite(string path)
    {
        var store = new EfWorkflowStore(WorkflowDbContextFactory.Sqlite(path));
        store.Migrate();
        return new WorkflowStorage(store);
    }
}
