using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>Takes the first outgoing flow (in document order) whose condition holds, else the default flow.</summary>
internal sealed class ExclusiveGatewayBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        var gateway = (Gateway)node;
        var model = x.Model(token);
        var outgoing = gateway.Outgoing.Select(model.Flow).ToArray();
        if (outgoing.Length == 1 && outgoing[0].Condition is null)
        {
            x.Leave(token);
            return;
        }
        var variables = x.VariablesFor(token);
        var chosen = outgoing.FirstOrDefault(f => f.Id != gateway.Default && f.Condition is not null
                                                  && x.Engine.Expressions.EvaluateCondition(f.Condition, variables))
                     ?? (gateway.Default is null ? null : model.Flow(gateway.Default));
        if (chosen is null) throw NoFlow(gateway);
        x.Leave(token, [chosen]);
    }

    public static Execution.WorkflowStepException NoFlow(Gateway gateway) =>
        new($"网关“{gateway.Label}”没有满足条件的出口连线，也没有默认连线。请检查流程变量或为网关设置默认连线，然后重试。");
}
