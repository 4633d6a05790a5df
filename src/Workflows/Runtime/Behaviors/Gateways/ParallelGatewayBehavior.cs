using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>
/// Fork: a token along every outgoing flow. Join: fires when each incoming flow holds a parked token (not
/// when N tokens arrived: two tokens on one flow do not make up for a missing one on another).
/// </summary>
internal sealed class ParallelGatewayBehavior : Behavior
{
    public override void Execute(Execution.Execution x, Token token, FlowNode node) => x.Leave(token);

    public static void TryJoin(Execution.Execution x, Token arrived, Gateway gateway)
    {
        var parked = x.TokensIn(arrived.InstanceId, arrived.ScopeTokenId)
            .Where(t => t.State == TokenState.Joining && t.ElementId == gateway.Id)
            .OrderBy(t => t.Sequence)
            .ToArray();
        var oneEach = new List<Token>();
        foreach (var flow in gateway.Incoming)
        {
            var token = parked.FirstOrDefault(t => t.ArrivedVia == flow);
            if (token is null) return;
            oneEach.Add(token);
        }
        Merge(x, oneEach);
    }

    /// <summary>Consumes the joined tokens but the first, which goes on through the gateway.</summary>
    public static void Merge(Execution.Execution x, IReadOnlyList<Token> joined)
    {
        foreach (var extra in joined.Skip(1)) x.Remove(extra);
        var survivor = x.Update(joined[0] with { State = TokenState.Active, ArrivedVia = null });
        x.Schedule(() => x.Execute(survivor, x.Node(survivor)));
    }
}
