using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>
/// Split: every outgoing flow whose condition holds (the default only when none does). Join: waits while any
/// live token of the same scope can still reach the gateway; the executor re-checks whenever the agenda empties.
/// </summary>
internal sealed class InclusiveGatewayBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node)
    {
        var gateway = (Gateway)node;
        var model = x.Model(token);
        var outgoing = gateway.Outgoing.Select(model.Flow).ToArray();
        var variables = x.VariablesFor(token);
        var chosen = outgoing.Where(f => f.Id != gateway.Default
                                         && (f.Condition is null || x.Engine.Expressions.EvaluateCondition(f.Condition, variables)))
            .ToList();
        if (chosen.Count == 0 && gateway.Default is not null) chosen.Add(model.Flow(gateway.Default));
        if (chosen.Count == 0) throw ExclusiveGatewayBehavior.NoFlow(gateway);
        x.Leave(token, chosen);
    }

    /// <summary>Fires the join if no other token in the scope can still arrive; returns whether it fired.</summary>
    public static bool TryJoin(Execution.Execution x, Gateway gateway, Guid instanceId, Guid? scopeTokenId)
    {
        var model = x.Model(x.Instances[instanceId]);
        var inScope = x.TokensIn(instanceId, scopeTokenId).ToArray();
        var parked = inScope.Where(t => t.State == TokenState.Joining && t.ElementId == gateway.Id).OrderBy(t => t.Sequence).ToArray();
        if (parked.Length == 0) return false;
        if (inScope.Any(t => !(t.State == TokenState.Joining && t.ElementId == gateway.Id) && model.CanReach(t.ElementId, gateway.Id)))
            return false;
        ParallelGatewayBehavior.Merge(x, parked);
        return true;
    }
}
