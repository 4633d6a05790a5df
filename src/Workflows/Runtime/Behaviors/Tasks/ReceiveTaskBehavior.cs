using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>Waits for its message.</summary>
internal sealed class ReceiveTaskBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        var receive = (ReceiveTask)node;
        x.Subscribe(token, node.Id, receive.MessageName, receive.CorrelationKey);
        x.Wait(token);
    }
}
