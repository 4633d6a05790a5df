using Reconsideration.Workflows.Expressions;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.Behaviors;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Execution;

/// <summary>The activity lifecycle, written once: enter → execute → leave, and cancel.</summary>
internal sealed partial class Execution
{
    /// <summary>The token arrives at a node: a joining gateway parks it, anything else is entered.</summary>
    public void Arrive(Token token, SequenceFlow flow)
    {
        var node = Model(token).Node(flow.Target);
        if (node is Gateway { Kind: GatewayKind.Parallel or GatewayKind.Inclusive } g && g.Incoming.Count > 1)
        {
            token = Update(token with { ElementId = node.Id, State = TokenState.Joining, ArrivedVia = flow.Id });
            Record(JournalKind.ElementEntered, token.InstanceId, node.Id);
            if (g.Kind == GatewayKind.Parallel) ParallelGatewayBehavior.TryJoin(this, token, g);
            return;
        }
        Enter(token, node);
    }

    public void Enter(Token token, FlowNode node)
    {
        token = Update(token with { ElementId = node.Id, State = TokenState.Active, ArrivedVia = null });
        Record(JournalKind.ElementEntered, token.InstanceId, node.Id);
        if (node is Activity activity && token.Kind != TokenKind.MultiInstanceInner)
        {
            if (!BoundaryEventBehavior.TryArm(this, token, activity)) return;
            if (activity.MultiInstance is not null)
            {
                Guarded(token, () => MultiInstanceBehavior.Begin(this, token, activity));
                return;
            }
        }
        Execute(token, node);
    }

    /// <summary>Runs the node's behaviour; an expression that fails stops the token with an incident.</summary>
    public void Execute(Token token, FlowNode node) => Guarded(token, () => Behavior.For(node).Execute(this, token, node));

    public void Guarded(Token token, Action step)
    {
        try
        {
            step();
        }
        catch (ExpressionException e)
        {
            RaiseIncident(Tokens[token.Id], e.Message);
        }
        catch (WorkflowStepException e)
        {
            RaiseIncident(Tokens[token.Id], e.Message);
        }
    }

    /// <summary>The token's node is done: record it, disarm its boundary events and follow the outgoing flows.</summary>
    public void Leave(Token token, IReadOnlyList<SequenceFlow>? flows = null)
    {
        token = Tokens[token.Id];
        var model = Model(token);
        var node = model.Node(token.ElementId);
        Record(JournalKind.ElementCompleted, token.InstanceId, node.Id);
        if (token.Kind == TokenKind.MultiInstanceInner)
        {
            Remove(token);
            MultiInstanceBehavior.InnerCompleted(this, token);
            return;
        }
        if (node is Activity) BoundaryEventBehavior.Disarm(this, token);
        TakeFlows(token, flows ?? node.Outgoing.Select(model.Flow).ToArray());
    }

    /// <summary>Moves the token along the first flow and new tokens along the others; no flow ends the token.</summary>
    public void TakeFlows(Token token, IReadOnlyList<SequenceFlow> flows)
    {
        if (flows.Count == 0)
        {
            Consume(token);
            return;
        }
        // Leaving ends a scope or multi-instance body: the token moves on as a plain token without locals.
        token = Update(token with { State = TokenState.Active, Kind = TokenKind.Normal, Locals = Variables.Empty });
        for (var i = 0; i < flows.Count; i++)
        {
            var moving = i == 0 ? token : NewToken(token.InstanceId, token.ScopeTokenId, token.ElementId);
            var flow = flows[i];
            Schedule(() => Arrive(Tokens[moving.Id], flow));
        }
    }

    /// <summary>The token ends; when it was the last in its scope, the scope completes.</summary>
    public void Consume(Token token)
    {
        Remove(token);
        if (!TokensIn(token.InstanceId, token.ScopeTokenId).Any()) Schedule(() => ScopeCompleted(token.InstanceId, token.ScopeTokenId));
    }

    public void Remove(Token token) => Tokens.Remove(token.Id);

    /// <summary>A sub-process's children are all done (it leaves), or the instance's (it completes).</summary>
    public void ScopeCompleted(Guid instanceId, Guid? scopeTokenId, bool terminated = false)
    {
        if (TokensIn(instanceId, scopeTokenId).Any()) return;
        if (scopeTokenId is { } scopeId)
        {
            if (Tokens.TryGetValue(scopeId, out var scope) && scope.Kind != TokenKind.MultiInstanceBody) Leave(scope);
            return;
        }
        CallActivityBehavior.InstanceEnded(this, Instances[instanceId], terminated);
    }

    /// <summary>Cancels a token and everything under it: child tokens, tasks, timers, subscriptions, called instances.</summary>
    public void Cancel(Token token, string reason)
    {
        foreach (var child in Tokens.Values.Where(t => t.ScopeTokenId == token.Id).ToArray()) Cancel(child, reason);
        foreach (var task in Tasks.Values.Where(t => t.TokenId == token.Id && t.State == HumanTaskState.Open).ToArray())
        {
            Tasks[task.Id] = task with { State = HumanTaskState.Cancelled, EndedAt = Now, EndedBy = Actor.UserId };
            Record(JournalKind.TaskCancelled, task.InstanceId, task.ElementId, reason);
        }
        RemoveWaits(token);
        foreach (var child in Instances.Values.Where(i => i.ParentTokenId == token.Id && i.State == InstanceState.Active).ToArray())
        {
            foreach (var t in Tokens.Values.Where(t => t.InstanceId == child.Id && t.ScopeTokenId is null).ToArray()) Cancel(t, reason);
            Instances[child.Id] = child with { State = InstanceState.Terminated, EndedAt = Now };
            Record(JournalKind.InstanceTerminated, child.Id, null, reason);
        }
        foreach (var incident in Incidents.Values.Where(i => i.TokenId == token.Id && i.ResolvedAt is null).ToArray())
            Incidents[incident.Id] = incident with { ResolvedAt = Now };
        Record(JournalKind.ElementCancelled, token.InstanceId, token.ElementId, reason);
        Remove(token);
    }

    /// <summary>Removes the timers and message subscriptions a token waits on.</summary>
    public void RemoveWaits(Token token)
    {
        foreach (var job in Jobs.Values.Where(j => j.TokenId == token.Id).ToArray()) Jobs.Remove(job.Id);
        foreach (var sub in Subscriptions.Values.Where(s => s.TokenId == token.Id).ToArray()) Subscriptions.Remove(sub.Id);
    }

    /// <summary>Stops the token with an incident on its element, or on <paramref name="elementId"/> (a boundary event of it).</summary>
    public void RaiseIncident(Token token, string message, Guid? jobId = null, string? elementId = null)
    {
        Update(token with { State = TokenState.Failed });
        var incident = new Incident(Guid.NewGuid(), Instances[token.InstanceId].RootId, token.InstanceId, token.Id, jobId,
            elementId ?? token.ElementId, message, Now, null, 0);
        Incidents[incident.Id] = incident;
        Record(JournalKind.IncidentRaised, token.InstanceId, incident.ElementId, message);
    }
}
