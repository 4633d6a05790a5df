using System.Collections.Frozen;

namespace Reconsideration.Workflows.Model;

/// <summary>One executable process of a deployed file: its nodes and flows, indexed for the runtime.</summary>
internal sealed class ProcessModel
{
    public ProcessModel(string id, string? name, IEnumerable<FlowNode> nodes, IEnumerable<SequenceFlow> flows)
    {
        Id = id;
        Name = name;
        Nodes = nodes.ToFrozenDictionary(n => n.Id);
        Flows = flows.ToFrozenDictionary(f => f.Id);
        StartEvents = Nodes.Values.OfType<Event>().Where(e => e.Kind == EventKind.Start && e.ScopeId == id).ToArray();
    }

    public string Id { get; }
    public string? Name { get; }
    public FrozenDictionary<string, FlowNode> Nodes { get; }
    public FrozenDictionary<string, SequenceFlow> Flows { get; }
    /// <summary>Start events of the process itself (not of its sub-processes).</summary>
    public IReadOnlyList<Event> StartEvents { get; }

    public FlowNode Node(string id) => Nodes[id];
    public SequenceFlow Flow(string id) => Flows[id];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> _reachable = new();

    /// <summary>
    /// Whether a token at <paramref name="from"/> can still arrive at <paramref name="to"/> by following
    /// sequence flows and boundary events (an inclusive join waits while this holds for any live token).
    /// </summary>
    public bool CanReach(string from, string to) => _reachable.GetOrAdd(from, Reachable).Contains(to);

    private FrozenSet<string> Reachable(string from)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var id))
        {
            var node = Nodes[id];
            var next = node.Outgoing.Select(f => Flows[f].Target);
            if (node is Activity activity) next = next.Concat(activity.BoundaryEvents);
            foreach (var target in next)
                if (seen.Add(target)) pending.Push(target);
        }
        return seen.ToFrozenSet();
    }

    /// <summary>The none start event of a scope (the process or an embedded sub-process).</summary>
    public Event? NoneStart(string scopeId) =>
        Nodes.Values.OfType<Event>().FirstOrDefault(e => e.Kind == EventKind.Start && e.ScopeId == scopeId && e.Definition is null);
}
