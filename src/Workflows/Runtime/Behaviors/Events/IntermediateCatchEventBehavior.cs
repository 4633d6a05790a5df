using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>Timer and message catch events: the token waits for the timer job or the message.</summary>
internal sealed class IntermediateCatchEventBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        Arm(x, token, (Event)node);
        x.Wait(token);
    }

    /// <summary>Creates the timer job or subscription of an event for the token (catch events, event-based gateways, boundary events).</summary>
    public static void Arm(Execution.Execution x, Token token, Event node)
    {
        switch (node.Definition)
        {
            case TimerDefinition timer:
                x.ScheduleTimer(token, node, timer);
                break;
            case MessageDefinition message:
                x.Subscribe(token, node.Id, message.MessageName, message.CorrelationKey);
                break;
        }
    }
}
