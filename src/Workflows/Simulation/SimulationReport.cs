using System.Text.Json.Nodes;

namespace Reconsideration.Workflows.Simulation;

/// <summary>What a simulation reports about an instance tree: its state, the elements completed, what is open.</summary>
internal static class SimulationReport
{
    /// <summary>
    /// <c>state</c>: incident (any open incident in the tree), else completed, terminated or active;
    /// <c>visited</c>: element ids in the order they completed, called processes included;
    /// <c>openTasks</c>: open user tasks in the order they were created (same instant: by element id);
    /// <c>incidents</c>: the elements holding open incidents.
    /// </summary>
    public static async Task<JsonObject> BuildAsync(WorkflowEngine engine, Guid rootId)
    {
        var root = (await engine.InstanceAsync(rootId))!;
        var journal = await engine.JournalAsync(rootId);
        var incidents = (await engine.IncidentsAsync()).Where(i => i.RootInstanceId == rootId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.ElementId, StringComparer.Ordinal).ToArray();
        var state = incidents.Length > 0 ? "incident" : root.State switch
        {
            InstanceState.Completed => "completed",
            InstanceState.Terminated => "terminated",
            _ => "active",
        };
        var visited = journal.Where(e => e.Kind == JournalKind.ElementCompleted).Select(e => (JsonNode?)e.ElementId);
        var open = (await engine.TreeTasksAsync(rootId))
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.ElementId, StringComparer.Ordinal)
            .Select(t => (JsonNode?)t.ElementId);
        return new JsonObject
        {
            ["state"] = state,
            ["visited"] = new JsonArray([.. visited]),
            ["openTasks"] = new JsonArray([.. open]),
            ["incidents"] = new JsonArray([.. incidents.Select(i => (JsonNode?)i.ElementId)]),
        };
    }
}
