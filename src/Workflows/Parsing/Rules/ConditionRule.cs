using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary><c>missing-condition</c>, <c>bad-default</c>, <c>condition-not-allowed</c>: conditions and default flows around gateways.</summary>
internal sealed class ConditionRule : IProcessRule
{
    public void Check(ProcessGraph graph, ParseContext context)
    {
        foreach (var flow in graph.Draft.Flows.Where(f => f.Condition is not null))
            CheckConditionAllowed(graph, context, flow);

        foreach (var node in graph.Checked)
        {
            if (node.Node is Gateway { Kind: GatewayKind.Exclusive or GatewayKind.Inclusive } gateway)
                CheckChoice(graph, context, node, gateway);
            else if (BpmnXml.Attr(node.Element, "default") is not null)
                context.Report(node.Element, node.Id, "bad-default",
                    $"{node.Describe}设置了默认连线（default），只有排他网关和包容网关可以设置默认连线。请删除这个设置。");
        }
    }

    private static void CheckConditionAllowed(ProcessGraph graph, ParseContext context, FlowDraft flow)
    {
        if (flow.Source is null || !graph.Nodes.TryGetValue(flow.Source, out var source) || source.Rejected) return;
        switch (source.Node)
        {
            case Gateway { Kind: GatewayKind.Exclusive or GatewayKind.Inclusive }:
                return;
            case Gateway { Kind: GatewayKind.Parallel }:
                context.Report(flow.Element, flow.Id, "condition-not-allowed",
                    $"连线“{flow.Id}”从{source.Describe}出发，并行网关的每条出线都会走，不能带条件。请删除条件，或把网关改为排他网关或包容网关。");
                return;
            case Gateway { Kind: GatewayKind.EventBased }:
                context.Report(flow.Element, flow.Id, "event-gateway-target",
                    $"连线“{flow.Id}”从{source.Describe}出发，不能带条件：事件网关按先发生的事件选择路线。请删除条件。");
                return;
            default:
                context.Report(flow.Element, flow.Id, "condition-not-allowed",
                    $"连线“{flow.Id}”从{source.Describe}出发，只有从排他网关或包容网关出发的连线才能带条件。请删除条件，或在这里加一个排他网关来判断。");
                return;
        }
    }

    private static void CheckChoice(ProcessGraph graph, ParseContext context, NodeDraft node, Gateway gateway)
    {
        var outgoing = graph.Outgoing(node.Id);
        if (gateway.Default is { } defaultId)
        {
            var defaultFlow = outgoing.FirstOrDefault(f => f.Id == defaultId);
            if (defaultFlow is null)
                context.Report(node.Element, node.Id, "bad-default",
                    $"{node.Describe}的默认连线“{defaultId}”不是从它出发的连线，请改选从该网关出发的一条连线作为默认连线。");
            else if (defaultFlow.Condition is not null)
                context.Report(node.Element, node.Id, "bad-default",
                    $"{node.Describe}的默认连线“{defaultId}”带有条件。默认连线在其他条件都不满足时才走，不能带条件，请删除它的条件。");
        }
        if (outgoing.Count < 2) return;
        foreach (var flow in outgoing.Where(f => f.Id != gateway.Default && f.Condition is null))
            context.Report(flow.Element, flow.Id, "missing-condition",
                $"连线“{flow.Id}”从{node.Describe}出发，但没有条件。网关有多条出线时，除默认连线外每条都要有条件；请为它填写条件，或把它设为网关的默认连线。");
    }
}
