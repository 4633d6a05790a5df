using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing;

/// <summary>
/// The nodes of a process draft indexed by id (the first of a duplicated id wins) and the flows whose two ends
/// exist, as incoming and outgoing lists. The rules read the graph; the model builder turns it into the model.
/// </summary>
internal sealed class ProcessGraph
{
    private static readonly IReadOnlyList<FlowDraft> None = [];
    private readonly Dictionary<string, List<FlowDraft>> incoming = [];
    private readonly Dictionary<string, List<FlowDraft>> outgoing = [];
    private readonly Dictionary<string, List<NodeDraft>> boundaries = [];
    private readonly Dictionary<string, List<NodeDraft>> scopes = [];

    public ProcessGraph(ProcessDraft draft)
    {
        Draft = draft;
        var nodes = new Dictionary<string, NodeDraft>();
        foreach (var node in draft.Nodes)
        {
            if (!nodes.TryAdd(node.Id, node)) continue;
            Add(scopes, node.Node.ScopeId, node);
            if (node.Node is Event { Kind: EventKind.Boundary, AttachedTo: { } attachedTo })
                Add(boundaries, attachedTo, node);
        }
        Nodes = nodes;
        foreach (var flow in draft.Flows)
        {
            if (flow.Source is null || flow.Target is null || !nodes.ContainsKey(flow.Source) || !nodes.ContainsKey(flow.Target))
                continue;
            Add(outgoing, flow.Source, flow);
            Add(incoming, flow.Target, flow);
        }
    }

    public ProcessDraft Draft { get; }
    public string ProcessId => Draft.Id;
    public IReadOnlyDictionary<string, NodeDraft> Nodes { get; }

    public IReadOnlyList<FlowDraft> Incoming(string nodeId) => incoming.TryGetValue(nodeId, out var flows) ? flows : None;
    public IReadOnlyList<FlowDraft> Outgoing(string nodeId) => outgoing.TryGetValue(nodeId, out var flows) ? flows : None;

    /// <summary>The boundary events whose attachedToRef names this node.</summary>
    public IReadOnlyList<NodeDraft> BoundaryEventsOf(string nodeId) => boundaries.TryGetValue(nodeId, out var nodes) ? nodes : [];

    /// <summary>The nodes directly inside the process or a sub-process.</summary>
    public IReadOnlyList<NodeDraft> InScope(string scopeId) => scopes.TryGetValue(scopeId, out var nodes) ? nodes : [];

    /// <summary>The nodes no earlier problem has rejected, which the rules check.</summary>
    public IEnumerable<NodeDraft> Checked => Nodes.Values.Where(n => !n.Rejected);

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(item);
    }
}
