using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary><c>event-gateway-target</c>: an event-based gateway leads to at least two waiting events, each entered only from it.</summary>
internal sealed class EventGatewayRule : IProcessRule
{
    public void Check(ProcessGraph graph, ParseContext context)
    {
        foreach (var node in graph.Checked.Where(n => n.Node is Gateway { Kind: GatewayKind.EventBased }))
        {
            var outgoing = graph.Outgoing(node.Id);
            if (outgoing.Count < 2)
                context.Report(node.Element, node.Id, "event-gateway-target",
                    $"{node.Describe}只有{outgoing.Count}条出线。事件网关至少要有两条出线，各连到一个等待的事件（定时器、消息或接收任务）；只等一件事时请去掉网关。");

            foreach (var flow in outgoing)
            {
                var target = graph.Nodes[flow.Target!];
                // Already reported: unsupported elements, catch events without or with a rejected definition.
                if (target.Rejected || target.Node is Event { Kind: EventKind.IntermediateCatch, Definition: null or RejectedDefinition })
                    continue;
                var waits = target.Node is ReceiveTask
                    || target.Node is Event { Kind: EventKind.IntermediateCatch, Definition: TimerDefinition or MessageDefinition };
                if (!waits)
                    context.Report(target.Element, target.Id, "event-gateway-target",
                        $"{target.Describe}跟在{node.Describe}后面。事件网关的出线只能连到定时器或消息中间捕获事件，或接收任务。");
                else if (graph.Incoming(target.Id).Count != 1)
                    context.Report(target.Element, target.Id, "event-gateway-target",
                        $"{target.Describe}跟在{node.Describe}后面，只能有来自该网关的这一条进入连线。请删除其他进入的连线。");
            }
        }
    }
}
