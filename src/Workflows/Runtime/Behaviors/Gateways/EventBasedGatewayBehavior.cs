using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>Waits on every event after it; the first to occur wins and the others are withdrawn in the same step.</summary>
internal sealed class EventBasedGatewayBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        var model = x.Model(token);
        foreach (var flow in node.Outgoing.Select(model.Flow))
        {
            switch (model.Node(flow.Target))
            {
                case Event catchEvent:
                    IntermediateCatchEventBehavior.Arm(x, token, catchEvent);
                    break;
                case ReceiveTask receive:
                    x.Subscribe(token, receive.Id, receive.MessageName, receive.CorrelationKey);
                    break;
            }
        }
        x.Wait(token);
    }

    /// <summary>The event <paramref name="winner"/> occurred: withdraw the others, pass the gateway and the event.</summary>
    public static void Resolve(Execution.Execution x, Token token, FlowNode winner)
    {
        x.RemoveWaits(token);
        x.Record(JournalKind.ElementCompleted, token.InstanceId, token.ElementId);
        token = x.Update(token with { ElementId = winner.Id, State = TokenState.Active });
        x.Record(JournalKind.ElementEntered, token.InstanceId, winner.Id);
        x.Leave(token);
    }
}
