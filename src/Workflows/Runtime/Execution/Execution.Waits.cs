using System.Text.Json;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.Behaviors;
using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Runtime.Execution;

/// <summary>Creating the things a token waits on: timer jobs and message subscriptions; and throwing errors.</summary>
internal sealed partial class Execution
{
    /// <summary>
    /// Schedules the timer of <paramref name="eventNode"/> for <paramref name="token"/>; null when a cycle is exhausted.
    /// A cycle's next occurrence counts <paramref name="from"/> the previous due time, so a late firing does not drift.
    /// </summary>
    public Job? ScheduleTimer(Token token, FlowNode eventNode, TimerDefinition timer, int firedCount = 0, DateTimeOffset? from = null)
    {
        var instance = Instances[token.InstanceId];
        var due = Engine.Timers.Due(timer, from ?? Now, firedCount, () => VariablesFor(token));
        if (due is null) return null;
        var job = new Job(Guid.NewGuid(), JobKind.Timer, instance.RootId, instance.Id, token.Id, instance.DefinitionId,
            eventNode.Id, due.Value, firedCount, Engine.Options.JobRetries, null, null, null, false, 0);
        Jobs[job.Id] = job;
        return job;
    }

    public void Subscribe(Token token, string elementId, string messageName, string? correlationKeyExpression)
    {
        var instance = Instances[token.InstanceId];
        var key = correlationKeyExpression is null ? null : KeyText(Engine.Expressions.Evaluate(correlationKeyExpression, VariablesFor(token)));
        var sub = new MessageSubscription(Guid.NewGuid(), messageName, key, instance.RootId, instance.Id, token.Id,
            instance.DefinitionId, elementId, Now);
        Subscriptions[sub.Id] = sub;
    }

    public static string? KeyText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    /// <summary>Puts the token to rest at its node, waiting for a task, message, timer or called instance.</summary>
    public Token Wait(Token token) => Update(Tokens[token.Id] with { State = TokenState.Waiting });

    /// <summary>
    /// Throws a BPMN error from the token's node outwards: the nearest error boundary event that matches the
    /// code, on the node itself or any enclosing sub-process or calling activity, interrupts that activity.
    /// </summary>
    public void ThrowError(Token token, string? errorCode, string message)
    {
        var catcher = Tokens[token.Id];
        while (true)
        {
            var model = Model(catcher);
            if (catcher.Kind != TokenKind.MultiInstanceInner && model.Node(catcher.ElementId) is Activity activity)
            {
                var boundary = activity.BoundaryEvents.Select(model.Node).OfType<Event>()
                    .FirstOrDefault(b => b.Definition is ErrorDefinition e && (e.ErrorCode is null || e.ErrorCode == errorCode));
                if (boundary is not null)
                {
                    SetVariables(null, catcher.InstanceId, new Dictionary<string, JsonElement>
                    {
                        ["errorCode"] = Json(errorCode),
                        ["errorMessage"] = Json(message),
                    });
                    BoundaryEventBehavior.Fire(this, catcher, boundary);
                    return;
                }
            }
            if (catcher.ScopeTokenId is { } scope && Tokens.TryGetValue(scope, out var outer))
            {
                catcher = outer;
                continue;
            }
            var instance = Instances[catcher.InstanceId];
            if (instance.ParentTokenId is { } callerId && Tokens.TryGetValue(callerId, out var caller))
            {
                catcher = caller;
                continue;
            }
            RaiseIncident(Tokens[token.Id], $"错误“{errorCode ?? "（无代码）"}”未被任何错误边界事件捕获：{message}");
            return;
        }
    }

    /// <summary>A terminate end event: every other token of the scope is cancelled, then the scope ends.</summary>
    public void TerminateScope(Token token)
    {
        foreach (var other in TokensIn(token.InstanceId, token.ScopeTokenId).Where(t => t.Id != token.Id).ToArray())
            Cancel(other, "终止结束事件结束了所在范围");
        Remove(token);
        ScopeCompleted(token.InstanceId, token.ScopeTokenId, terminated: token.ScopeTokenId is null);
    }

    /// <summary>A service task's handler failed: try again after a back-off while retries remain, then raise an incident.</summary>
    public void HandlerFailed(Token token, ServiceTask task, Exception error, int retriesLeft)
    {
        var message = $"服务任务“{task.Label}”的处理程序“{task.Handler}”执行失败：{error.Message}";
        Record(JournalKind.JobFailed, token.InstanceId, task.Id, message);
        if (retriesLeft <= 0)
        {
            RaiseIncident(Tokens[token.Id], message + "。重试次数已用完，请排除原因后由运维人员重试。");
            return;
        }
        var backoff = Engine.Options.RetryBackoff;
        var delay = backoff[Math.Min(Engine.Options.JobRetries - retriesLeft, backoff.Count - 1)];
        var instance = Instances[token.InstanceId];
        var job = new Job(Guid.NewGuid(), JobKind.Retry, instance.RootId, instance.Id, token.Id, instance.DefinitionId,
            task.Id, Now + delay, 0, retriesLeft - 1, null, null, message, false, 0);
        Jobs[job.Id] = job;
        Wait(token);
    }
}
