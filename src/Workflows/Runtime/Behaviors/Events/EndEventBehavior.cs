using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>None end: the token ends. Terminate end: its whole scope ends. Error end: the error is thrown outwards.</summary>
internal sealed class EndEventBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        var end = (Event)node;
        switch (end.Definition)
        {
            case TerminateDefinition:
                x.Record(JournalKind.ElementCompleted, token.InstanceId, node.Id);
                x.TerminateScope(token);
                break;
            case ErrorDefinition error:
                x.Record(JournalKind.ElementCompleted, token.InstanceId, node.Id);
                x.ThrowError(token, error.ErrorCode, $"结束事件“{end.Label}”抛出错误");
                break;
            default:
                x.Leave(token);
                break;
        }
    }
}
