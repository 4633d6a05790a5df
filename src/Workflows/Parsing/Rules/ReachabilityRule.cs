using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary>
/// <c>unreachable</c>: a breadth-first walk from the process's start events, entering sub-processes through their
/// start events and reaching boundary events with their activity. Each unreachable node is reported once; nodes
/// without incoming flows (already <c>no-incoming</c>) and the contents of an unreachable sub-process are not repeated.
/// </summary>
internal sealed class ReachabilityRule : IProcessRule
{
    public void Check(ProcessGraph graph, ParseContext context)
    {
        var reached = new HashSet<string>();
        var queue = new Queue<NodeDraft>();
        void Visit(NodeDraft node)
        {
            if (reached.Add(node.Id)) queue.Enqueue(node);
        }

        foreach (var start in graph.InScope(graph.ProcessId).Where(IsStart))
            Visit(start);
        while (queue.TryDequeue(out var node))
        {
            foreach (var flow in graph.Outgoing(node.Id))
                Visit(graph.Nodes[flow.Target!]);
            foreach (var boundary in graph.BoundaryEventsOf(node.Id))
                Visit(boundary);
            if (node.Node is SubProcess)
                foreach (var start in graph.InScope(node.Id).Where(IsStart))
                    Visit(start);
        }

        foreach (var node in graph.Checked)
        {
            var scopeReached = node.Node.ScopeId == graph.ProcessId || reached.Contains(node.Node.ScopeId);
            if (reached.Contains(node.Id) || !scopeReached || node.Node is Event { Kind: EventKind.Start or EventKind.Boundary }
                || graph.Incoming(node.Id).Count == 0)
                continue;
            context.Report(node.Element, node.Id, "unreachable",
                $"{node.Describe}从开始事件出发无法到达，永远不会执行。请检查通往它的连线。");
        }
    }

    private static bool IsStart(NodeDraft node) => node.Node is Event { Kind: EventKind.Start };
}
