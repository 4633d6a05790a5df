using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>
/// Starts the latest version of the called process as a child instance of the same tree, with a copy of the
/// caller's variables; when the child ends, its variables are copied back and the call activity is left.
/// </summary>
internal sealed class CallActivityBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        var call = (CallActivity)node;
        var parent = x.Instances[token.InstanceId];
        var definitionId = x.Engine.Definitions.LatestWithProcess(call.CalledElement)
                           ?? throw new Execution.WorkflowStepException(
                               $"调用活动“{call.Label}”要调用的流程“{call.CalledElement}”尚未部署。请先部署该流程，然后重试。");
        x.Wait(token);
        x.StartInstance(definitionId, call.CalledElement, parent.BusinessKey, x.VariablesFor(token), parent, token);
    }

    /// <summary>An instance ran out of tokens: it completes (or was terminated) and its caller, if any, goes on.</summary>
    public static void InstanceEnded(Execution.Execution x, InstanceRecord instance, bool terminated)
    {
        x.Instances[instance.Id] = instance with { State = terminated ? InstanceState.Terminated : InstanceState.Completed, EndedAt = x.Now };
        x.Record(terminated ? JournalKind.InstanceTerminated : JournalKind.InstanceCompleted, instance.Id, null);
        if (instance.ParentTokenId is not { } callerId || !x.Tokens.TryGetValue(callerId, out var caller)) return;
        // The child got a copy of the multi-instance counters on start; copying those back would reset the
        // caller's count (a parallel loop of calls would then never finish).
        var output = x.Instances[instance.Id].Variables.Where(v => !MultiInstanceBehavior.IsBodyVariable(v.Key))
            .ToDictionary(v => v.Key, v => v.Value);
        x.SetVariables(caller, caller.InstanceId, output);
        x.Leave(caller);
    }
}
