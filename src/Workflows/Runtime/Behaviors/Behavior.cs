using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>What one kind of BPMN element does when a token has entered it. Stateless; one instance per kind.</summary>
internal abstract class Behavior
{
    public abstract void Execute(Execution.Execution x, Token token, FlowNode node);

    private static readonly Behavior Start = new StartEventBehavior();
    private static readonly Behavior End = new EndEventBehavior();
    private static readonly Behavior Catch = new IntermediateCatchEventBehavior();
    private static readonly Behavior User = new UserTaskBehavior();
    private static readonly Behavior Service = new ServiceTaskBehavior();
    private static readonly Behavior Receive = new ReceiveTaskBehavior();
    private static readonly Behavior Exclusive = new ExclusiveGatewayBehavior();
    private static readonly Behavior Parallel = new ParallelGatewayBehavior();
    private static readonly Behavior Inclusive = new InclusiveGatewayBehavior();
    private static readonly Behavior EventBased = new EventBasedGatewayBehavior();
    private static readonly Behavior Sub = new SubProcessBehavior();
    private static readonly Behavior Call = new CallActivityBehavior();

    public static Behavior For(FlowNode node) => node switch
    {
        Event { Kind: EventKind.Start } => Start,
        Event { Kind: EventKind.End } => End,
        Event { Kind: EventKind.IntermediateCatch } => Catch,
        // A boundary event is entered only once fired: it passes the token on.
        Event { Kind: EventKind.Boundary } => Start,
        UserTask => User,
        ServiceTask => Service,
        ReceiveTask => Receive,
        Gateway { Kind: GatewayKind.Exclusive } => Exclusive,
        Gateway { Kind: GatewayKind.Parallel } => Parallel,
        Gateway { Kind: GatewayKind.Inclusive } => Inclusive,
        Gateway { Kind: GatewayKind.EventBased } => EventBased,
        SubProcess => Sub,
        CallActivity => Call,
        _ => throw new InvalidOperationException($"No behaviour for {node.GetType().Name} {node.Id}: the parser admits only the executable subset."),
    };
}
