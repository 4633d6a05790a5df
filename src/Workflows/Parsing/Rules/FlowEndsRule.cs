namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary><c>missing-source</c>, <c>missing-target</c>, <c>flow-crosses-scope</c>: each sequence flow joins two nodes of one scope.</summary>
internal sealed class FlowEndsRule : IProcessRule
{
    public void Check(ProcessGraph graph, ParseContext context)
    {
        foreach (var flow in graph.Draft.Flows)
        {
            var source = End(graph, context, flow, flow.Source, "missing-source", "起点节点（sourceRef）", "请把它从一个节点连出");
            var target = End(graph, context, flow, flow.Target, "missing-target", "目标节点（targetRef）", "请把它连到一个节点上");
            if (source is null || target is null) continue;
            if (source.Node.ScopeId != flow.ScopeId || target.Node.ScopeId != flow.ScopeId)
                context.Report(flow.Element, flow.Id, "flow-crosses-scope",
                    $"连线“{flow.Id}”从{source.Describe}连到{target.Describe}，跨越了子流程的边界。连线只能连接同一层级的节点；进出子流程请连到子流程本身。");
        }
    }

    private static NodeDraft? End(ProcessGraph graph, ParseContext context, FlowDraft flow, string? reference, string rule, string what, string advice)
    {
        if (reference is null)
        {
            context.Report(flow.Element, flow.Id, rule, $"连线“{flow.Id}”缺少{what}，{advice}。");
            return null;
        }
        if (graph.Nodes.TryGetValue(reference, out var node)) return node;
        context.Report(flow.Element, flow.Id, rule,
            $"连线“{flow.Id}”的{what}“{reference}”不是本流程中的节点，{advice}。");
        return null;
    }
}
