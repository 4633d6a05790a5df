using System.Text.Json;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.Behaviors;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Execution;

/// <summary>What moves a resting instance: a start, a completed task, a message, a due job, an operator's retry.</summary>
internal sealed partial class Execution
{
    public InstanceRecord StartInstance(string definitionId, string processId, string? businessKey,
        IReadOnlyDictionary<string, JsonElement> variables, InstanceRecord? parent = null, Token? callerToken = null, string? startEventId = null)
    {
        var id = Guid.NewGuid();
        var instance = new InstanceRecord(id, parent?.RootId ?? id, parent?.Id, callerToken?.Id, definitionId, processId,
            businessKey, InstanceState.Active, Now, null, 0);
        Instances[id] = instance;
        Record(JournalKind.InstanceStarted, id, null, parent is null ? null : $"由流程实例 {parent.Id} 调用");
        SetVariables(null, id, variables);
        var model = Model(instance);
        var start = startEventId is null
            ? model.NoneStart(processId) ?? throw new WorkflowException(WorkflowErrorKind.Invalid,
                $"流程“{processId}”没有空启动事件，只能由消息或定时器启动。")
            : model.Node(startEventId);
        var token = NewToken(id, null, start.Id);
        Schedule(() => Enter(token, start));
        return Instances[id];
    }

    public void CompleteTask(HumanTask task, IReadOnlyDictionary<string, JsonElement> variables)
    {
        Tasks[task.Id] = task with { State = HumanTaskState.Completed, EndedAt = Now, EndedBy = Actor.UserId };
        Record(JournalKind.TaskCompleted, task.InstanceId, task.ElementId);
        var token = Tokens[task.TokenId];
        SetVariables(token, task.InstanceId, variables);
        Schedule(() => Leave(token));
    }

    /// <summary>退回: the task ends as returned and its token goes back to an earlier user task of the same scope.</summary>
    public void ReturnTask(HumanTask task, UserTask target, string reason)
    {
        Tasks[task.Id] = task with { State = HumanTaskState.Returned, EndedAt = Now, EndedBy = Actor.UserId };
        Record(JournalKind.TaskReturned, task.InstanceId, task.ElementId, $"退回至“{target.Label}”：{reason}");
        var token = Tokens[task.TokenId];
        RemoveWaits(token);
        Record(JournalKind.ElementCancelled, token.InstanceId, token.ElementId, "任务被退回");
        Schedule(() => Enter(Tokens[token.Id], target));
    }

    public void DeliverMessage(MessageSubscription sub, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var token = Tokens[sub.TokenId!.Value];
        Record(JournalKind.MessageCorrelated, token.InstanceId, sub.ElementId, sub.MessageName);
        SetVariables(token, token.InstanceId, variables);
        Occur(token, Model(token).Node(sub.ElementId), sub.Id);
    }

    /// <summary>A due job: a timer fires, or a failed service task is tried again.</summary>
    public void FireJob(Job job)
    {
        Jobs.Remove(job.Id);
        var token = Tokens[job.TokenId!.Value];
        var node = Model(token).Node(job.ElementId);
        if (job.Kind == JobKind.Retry)
        {
            Update(token with { State = TokenState.Active });
            Schedule(() => ServiceTaskBehavior.Run(this, Tokens[token.Id], (ServiceTask)node, job.Retries));
            return;
        }
        Record(JournalKind.TimerFired, token.InstanceId, node.Id);
        if (node is Event { Kind: EventKind.Boundary, CancelActivity: false, Definition: TimerDefinition cycle })
            ScheduleTimer(token, node, cycle, job.FiredCount + 1, job.DueAt);
        Occur(token, node, null);
    }

    /// <summary>The event <paramref name="node"/> that <paramref name="token"/> waited on has occurred.</summary>
    private void Occur(Token token, FlowNode node, Guid? subscriptionId)
    {
        // A non-interrupting boundary event stays subscribed while its activity runs: each message fires it again (Camunda 7).
        if (subscriptionId is { } id && node is not Event { Kind: EventKind.Boundary, CancelActivity: false }) Subscriptions.Remove(id);
        if (node is Event { Kind: EventKind.Boundary } boundary)
            Schedule(() => BoundaryEventBehavior.Fire(this, Tokens[token.Id], boundary));
        else if (Node(token) is Gateway { Kind: GatewayKind.EventBased })
            Schedule(() => EventBasedGatewayBehavior.Resolve(this, Tokens[token.Id], node));
        else
            Schedule(() => Leave(Tokens[token.Id]));
    }

    /// <summary>An operator retries an incident: the element is executed again on the current variables.</summary>
    public void RetryIncident(Incident incident)
    {
        Incidents[incident.Id] = incident with { ResolvedAt = Now };
        Record(JournalKind.IncidentResolved, incident.InstanceId, incident.ElementId, "操作员重试");
        if (incident.TokenId is not { } tokenId || !Tokens.TryGetValue(tokenId, out var token)) return;
        token = Update(token with { State = token.Kind == TokenKind.MultiInstanceBody ? TokenState.Scope : TokenState.Active });
        var node = Node(token);
        if (token.Kind == TokenKind.MultiInstanceBody)
            Schedule(() => MultiInstanceBehavior.Continue(this, Tokens[tokenId]));
        else if (incident.ElementId != node.Id)
            // arming one of the activity's boundary events failed: enter the activity afresh
            Schedule(() => Enter(Tokens[tokenId], node));
        else if (token.Kind == TokenKind.Normal && node is Activity { MultiInstance: not null } loop)
            // the loop could not start (its collection or cardinality failed): start it, its boundary events are armed
            Schedule(() => Guarded(Tokens[tokenId], () => MultiInstanceBehavior.Begin(this, Tokens[tokenId], loop)));
        else if (node is ServiceTask service)
            Schedule(() => ServiceTaskBehavior.Run(this, Tokens[tokenId], service, 0));
        else
            Schedule(() => Execute(Tokens[tokenId], node));
    }

    /// <summary>Fires every inclusive join that no live token of its scope can still reach.</summary>
    private bool TryFireInclusiveJoins()
    {
        var waiting = Tokens.Values
            .Where(t => t.State == TokenState.Joining)
            .Select(t => (t.InstanceId, t.ScopeTokenId, t.ElementId))
            .Distinct()
            .ToArray();
        var fired = false;
        foreach (var (instanceId, scope, elementId) in waiting)
        {
            if (Model(Instances[instanceId]).Node(elementId) is Gateway { Kind: GatewayKind.Inclusive } gateway)
                fired |= InclusiveGatewayBehavior.TryJoin(this, gateway, instanceId, scope);
        }
        return fired;
    }
}
