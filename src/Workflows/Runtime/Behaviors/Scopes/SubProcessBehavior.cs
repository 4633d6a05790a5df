using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>The token holds the sub-process open as a scope; a child token starts at its none start event.</summary>
internal sealed class SubProcessBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        var start = x.Model(token).NoneStart(node.Id)
                    ?? throw new Execution.WorkflowStepException($"子流程“{node.Label}”没有空启动事件。");
        x.Update(x.Tokens[token.Id] with { State = TokenState.Scope });
        var child = x.NewToken(token.InstanceId, token.Id, start.Id);
        x.Schedule(() => x.Enter(child, start));
    }
}
