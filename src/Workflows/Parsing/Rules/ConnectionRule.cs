using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary><c>incoming-not-allowed</c>, <c>outgoing-not-allowed</c>, <c>no-incoming</c>, <c>no-outgoing</c>.</summary>
internal sealed class ConnectionRule : IProcessRule
{
    public void Check(ProcessGraph graph, ParseContext context)
    {
        foreach (var node in graph.Checked)
        {
            var hasIncoming = graph.Incoming(node.Id).Count > 0;
            var hasOutgoing = graph.Outgoing(node.Id).Count > 0;
            var kind = (node.Node as Event)?.Kind;

            if (kind is EventKind.Start or EventKind.Boundary)
            {
                if (hasIncoming)
                    context.Report(node.Element, node.Id, "incoming-not-allowed",
                        $"{node.Describe}有进入的连线，{(kind == EventKind.Start ? "开始事件" : "边界事件")}不能有进入的连线。请删除这些连线，或把它们连到别的节点。");
            }
            else if (!hasIncoming)
                context.Report(node.Element, node.Id, "no-incoming",
                    $"{node.Describe}没有进入的连线，流程永远走不到这里。请从前面的节点连一条线过来，或删除它。");

            if (kind == EventKind.End)
            {
                if (hasOutgoing)
                    context.Report(node.Element, node.Id, "outgoing-not-allowed",
                        $"{node.Describe}有离开的连线，结束事件之后不能再有连线。请删除这些连线，或把结束事件换成其他节点。");
            }
            else if (!hasOutgoing)
                context.Report(node.Element, node.Id, "no-outgoing",
                    $"{node.Describe}没有离开的连线，流程走到这里会停住。请把它连到下一个节点，或在后面加一个结束事件。");
        }
    }
}
