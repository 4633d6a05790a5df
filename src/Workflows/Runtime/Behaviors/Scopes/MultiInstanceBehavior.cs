using System.Text.Json;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;

namespace Reconsideration.Workflows.Runtime.Behaviors;

/// <summary>
/// Multi-instance: the token becomes a body holding nrOfInstances / nrOfCompletedInstances / nrOfActiveInstances;
/// inner tokens (each with loopCounter and the element variable) run the activity, all at once or one after another.
/// The completion condition is checked after each inner instance and, when true, cancels the rest.
/// </summary>
internal static class MultiInstanceBehavior
{
    private const string Items = "_items";

    /// <summary>The body's own counters and item list: engine state, never a process's output.</summary>
    public static bool IsBodyVariable(string name) =>
        name is "nrOfInstances" or "nrOfCompletedInstances" or "nrOfActiveInstances" or Items;

    public static void Begin(Execution.Execution x, Token token, Activity activity)
    {
        var mi = activity.MultiInstance!;
        var variables = x.VariablesFor(token);
        JsonElement[] items;
        if (mi.Collection is not null)
        {
            var collection = x.Engine.Expressions.Evaluate(mi.Collection, variables);
            if (collection.ValueKind != JsonValueKind.Array)
                throw new Execution.WorkflowStepException($"多实例活动“{activity.Label}”的集合“{mi.Collection}”不是数组。请检查流程变量后重试。");
            items = collection.EnumerateArray().Select(e => e.Clone()).ToArray();
        }
        else
        {
            var count = x.Engine.Expressions.Evaluate(mi.LoopCardinality!, variables);
            if (count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out var n) || n < 0)
                throw new Execution.WorkflowStepException($"多实例活动“{activity.Label}”的实例数“{mi.LoopCardinality}”不是非负整数。");
            // One null per instance: a default JsonElement cannot be stored (it has no value at all).
            items = Enumerable.Repeat(Execution.Execution.Json(null), n).ToArray();
        }

        var body = x.Update(x.Tokens[token.Id] with
        {
            State = TokenState.Scope,
            Kind = TokenKind.MultiInstanceBody,
            Locals = Variables.Empty
                .Add("nrOfInstances", Execution.Execution.Json(items.Length))
                .Add("nrOfCompletedInstances", Execution.Execution.Json(0))
                .Add("nrOfActiveInstances", Execution.Execution.Json(mi.IsSequential ? Math.Min(1, items.Length) : items.Length))
                .Add(Items, Execution.Execution.Json(items)),
        });
        if (items.Length == 0)
        {
            Finish(x, body);
            return;
        }
        if (mi.IsSequential) StartInner(x, body, activity, 0, items[0]);
        else for (var i = 0; i < items.Length; i++) StartInner(x, body, activity, i, items[i]);
    }

    private static void StartInner(Execution.Execution x, Token body, Activity activity, int index, JsonElement item)
    {
        var inner = x.NewToken(body.InstanceId, body.Id, activity.Id, TokenKind.MultiInstanceInner);
        var locals = inner.Locals.Add("loopCounter", Execution.Execution.Json(index));
        if (activity.MultiInstance!.ElementVariable is { } name) locals = locals.Add(name, item);
        inner = x.Update(inner with { Locals = locals });
        x.Schedule(() => x.Execute(x.Tokens[inner.Id], activity));
    }

    /// <summary>An inner instance finished (its token is already removed): count it, then continue, finish or wait.</summary>
    public static void InnerCompleted(Execution.Execution x, Token inner)
    {
        if (inner.ScopeTokenId is not { } bodyId || !x.Tokens.TryGetValue(bodyId, out var body)) return;
        var completed = Count(body, "nrOfCompletedInstances") + 1;
        // Sequential: one instance is active until the loop ends, as in Camunda 7; the completion condition sees 1.
        var sequential = ((Activity)x.Model(body).Node(body.ElementId)).MultiInstance!.IsSequential;
        var active = sequential ? 1 : x.TokensIn(body.InstanceId, body.Id).Count();
        body = x.Update(body with
        {
            Locals = body.Locals
                .SetItem("nrOfCompletedInstances", Execution.Execution.Json(completed))
                .SetItem("nrOfActiveInstances", Execution.Execution.Json(active)),
        });

        Continue(x, body);
    }

    /// <summary>Finishes the body when all inner instances are done or the completion condition holds; else starts the next one in sequence.</summary>
    public static void Continue(Execution.Execution x, Token body)
    {
        var activity = (Activity)x.Model(body).Node(body.ElementId);
        var mi = activity.MultiInstance!;
        var completed = Count(body, "nrOfCompletedInstances");
        var done = completed >= Count(body, "nrOfInstances");
        if (!done && mi.CompletionCondition is not null)
        {
            try
            {
                done = x.Engine.Expressions.EvaluateCondition(mi.CompletionCondition, x.VariablesFor(body));
            }
            catch (Expressions.ExpressionException e)
            {
                x.RaiseIncident(body, e.Message);
                return;
            }
        }
        if (done)
        {
            foreach (var rest in x.TokensIn(body.InstanceId, body.Id).ToArray()) x.Cancel(rest, "多实例活动已满足完成条件");
            Finish(x, body);
        }
        else if (mi.IsSequential)
        {
            StartInner(x, body, activity, completed, body.Locals[Items][completed]);
        }
    }

    private static void Finish(Execution.Execution x, Token body)
    {
        x.Record(JournalKind.MultiInstanceCompleted, body.InstanceId, body.ElementId);
        var model = x.Model(body);
        BoundaryEventBehavior.Disarm(x, body);
        x.TakeFlows(body, model.Node(body.ElementId).Outgoing.Select(model.Flow).ToArray());
    }

    private static int Count(Token body, string name) => body.Locals[name].GetInt32();
}
