using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing;

/// <summary>Turns a checked graph (no problems found) into the immutable <see cref="ProcessModel"/>.</summary>
internal static class ModelBuilder
{
    public static ProcessModel Build(ProcessGraph graph)
    {
        var nodes = graph.Nodes.Values.Select(draft =>
        {
            var node = draft.Node with
            {
                Incoming = graph.Incoming(draft.Id).Select(f => f.Id).ToArray(),
                Outgoing = graph.Outgoing(draft.Id).Select(f => f.Id).ToArray(),
            };
            return node is Activity activity
                ? activity with { BoundaryEvents = graph.BoundaryEventsOf(draft.Id).Select(b => b.Id).ToArray() }
                : node;
        });
        var flows = graph.Draft.Flows.Select(f => new SequenceFlow
        {
            Id = f.Id,
            Name = f.Name,
            Source = f.Source!,
            Target = f.Target!,
            Condition = f.Condition,
        });
        return new ProcessModel(graph.ProcessId, graph.Draft.Name, nodes, flows);
    }
}
