using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>Start events (and fired boundary events): the token passes straight on.</summary>
internal sealed class StartEventBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node) => x.Leave(token);
}
