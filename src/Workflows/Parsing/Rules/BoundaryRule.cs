using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary><c>bad-attachment</c>: a boundary event sits on an activity of its own scope.</summary>
internal sealed class BoundaryRule : IProcessRule
{
    private const string Advice = "请把它放到同一层级的一个任务、子流程或调用活动的边框上。";

    public void Check(ProcessGraph graph, ParseContext context)
    {
        foreach (var node in graph.Checked)
        {
            if (node.Node is not Event { Kind: EventKind.Boundary } boundary) continue;
            if (boundary.AttachedTo is not { } attachedTo)
            {
                context.Report(node.Element, node.Id, "bad-attachment", $"{node.Describe}没有挂在任何活动上（缺少 attachedToRef）。{Advice}");
                continue;
            }
            if (!graph.Nodes.TryGetValue(attachedTo, out var activity))
            {
                context.Report(node.Element, node.Id, "bad-attachment", $"{node.Describe}挂在“{attachedTo}”上，但本流程中没有这个节点。{Advice}");
                continue;
            }
            if (activity.Rejected) continue;
            if (activity.Node is not Activity)
                context.Report(node.Element, node.Id, "bad-attachment",
                    $"{node.Describe}挂在{activity.Describe}上，边界事件只能挂在任务、子流程或调用活动上。{Advice}");
            else if (activity.Node.ScopeId != boundary.ScopeId)
                context.Report(node.Element, node.Id, "bad-attachment",
                    $"{node.Describe}和它所挂的{activity.Describe}不在同一层级（流程或子流程）中。{Advice}");
        }
    }
}
