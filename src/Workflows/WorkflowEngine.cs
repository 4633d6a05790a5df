using System.Text.Json;
using Reconsideration.Workflows.Calendar;
using Reconsideration.Workflows.Expressions;
using Reconsideration.Workflows.Runtime;
using Reconsideration.Workflows.Runtime.Definitions;
using Reconsideration.Workflows.Runtime.Execution;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows;

/// <summary>
/// The engine's one entry point: deploy, start, work on tasks, correlate messages, run due jobs, query.
/// Every command loads the instance tree it concerns, advances it to its next wait states and commits all
/// changes in one transaction; when another command changed the tree first it is re-run on fresh state.
/// </summary>
public sealed partial class WorkflowEngine
{
    private readonly IWorkflowStore _store;
    private readonly TimeProvider _time;
    private readonly EngineContext _context;

    public WorkflowEngine(WorkflowStorage storage, TimeProvider time, WorkflowEngineOptions? options = null,
        IEnumerable<IServiceTaskHandler>? handlers = null, BusinessCalendar? calendar = null)
    {
        _store = storage.Store;
        _time = time;
        Options = options ?? new WorkflowEngineOptions();
        Calendar = calendar ?? BusinessCalendar.Load(Options.HolidayDirectory);
        var expressions = new ExpressionEvaluator(new ExpressionLimits { Timeout = Options.ExpressionTimeout });
        var definitions = DefinitionCache.Create(_store, expressions);
        _context = new EngineContext(definitions, expressions, Calendar,
            (handlers ?? []).ToDictionary(h => h.Name), Options);
    }

    public WorkflowEngineOptions Options { get; }
    public BusinessCalendar Calendar { get; }
    public TimeProvider Time => _time;

    /// <summary>Runs one command on a tree, retrying on a conflicting concurrent change.</summary>
    private async Task<T> RunAsync<T>(Guid rootId, Actor actor, Func<Execution, T> command, bool mayUseCache = true) =>
        (await RunCommittedAsync(rootId, actor, command, mayUseCache)).Result;

    /// <summary>Runs one command on a tree; returns its result with what it committed and the tree afterwards.</summary>
    private async Task<(T Result, TreeSnapshot After, TreeChanges Changes)> RunCommittedAsync<T>(Guid rootId, Actor actor,
        Func<Execution, T> command, bool mayUseCache = true)
    {
        for (var attempt = 0; ; attempt++)
        {
            var snapshot = await _store.LoadTreeAsync(rootId, mayUseCache)
                           ?? throw new WorkflowException(WorkflowErrorKind.NotFound, $"流程实例 {rootId} 不存在。");
            mayUseCache = false;
            var x = new Execution(_context, snapshot, actor, _time.GetUtcNow());
            T result;
            try
            {
                result = command(x);
                x.Run();
            }
            catch when (snapshot.FromCache)
            {
                // A refusal may come from a cached tree another process changed meanwhile (which a commit would have
                // detected, but a refusal never commits): it counts only if the database says the same.
                attempt--;
                continue;
            }
            var changes = x.Changes();
            try
            {
                await _store.CommitAsync(changes);
                return (result, snapshot.After(changes, rootId), changes);
            }
            catch (StoreConflictException e)
            {
                if (attempt >= Options.ConflictRetries)
                    throw new WorkflowException(WorkflowErrorKind.Conflict, "该案件的流程正被他人同时办理，本次操作未保存。请刷新后重试。", e);
                // A stale cached tree is not a concurrent change of the moment: re-run on a fresh load at once.
                if (!snapshot.FromCache) await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 << attempt)));
            }
        }
    }

    /// <summary>Runs a command that creates a new tree (a start); nothing can conflict with it. Returns what was committed.</summary>
    private async Task<TreeChanges> RunNewAsync(Actor actor, Action<Execution> command)
    {
        var x = new Execution(_context, TreeSnapshot.Empty, actor, _time.GetUtcNow());
        command(x);
        x.Run();
        var changes = x.Changes();
        await _store.CommitAsync(changes);
        return changes;
    }

    public async Task<ProcessInstanceInfo> StartAsync(string processId, IReadOnlyDictionary<string, object?>? variables = null,
        string? businessKey = null, Actor? actor = null)
    {
        var definitionId = _context.Definitions.LatestWithProcess(processId)
                           ?? throw new WorkflowException(WorkflowErrorKind.NotFound, $"流程“{processId}”尚未部署。请先部署再发起。");
        var values = Runtime.State.Variables.From(variables);
        var id = Guid.Empty;
        var committed = await RunNewAsync(actor ?? Actor.System,
            x => id = x.StartInstance(definitionId, processId, businessKey, values).Id);
        // The new tree is exactly what was just committed: no need to read it back.
        return Info(committed.Instances.Added.Single(i => i.Id == id), committed.Incidents.Added.Any(i => i.InstanceId == id));
    }

    /// <summary>Sets variables on an instance (an operator correcting data before retrying an incident, say).</summary>
    public Task SetVariablesAsync(Guid instanceId, IReadOnlyDictionary<string, object?> variables, Actor actor) =>
        OnInstanceAsync(instanceId, actor, (x, instance) =>
        {
            x.SetVariables(null, instance.Id, Runtime.State.Variables.From(variables));
            return true;
        });

    /// <summary>Cancels a whole instance tree (an operator's action): tasks, timers and subscriptions go with it.</summary>
    public Task CancelInstanceAsync(Guid instanceId, Actor actor, string reason) =>
        OnInstanceAsync(instanceId, actor, (x, instance) =>
        {
            if (instance.State != InstanceState.Active)
                throw new WorkflowException(WorkflowErrorKind.Conflict, "流程实例已经结束，无需撤销。");
            foreach (var token in x.TokensIn(instance.Id, null).ToArray()) x.Cancel(token, reason);
            x.ScopeCompleted(instance.Id, null, terminated: true);
            return true;
        });

    private async Task<T> OnInstanceAsync<T>(Guid instanceId, Actor actor, Func<Execution, Runtime.State.InstanceRecord, T> command)
    {
        var found = await _store.InstanceAsync(instanceId)
                    ?? throw new WorkflowException(WorkflowErrorKind.NotFound, $"流程实例 {instanceId} 不存在。");
        return await RunAsync(found.RootId, actor, x => command(x, x.Instances[instanceId]));
    }

    public async Task CorrelateMessageAsync(string messageName, string? correlationKey = null,
        IReadOnlyDictionary<string, object?>? variables = null, Actor? actor = null)
    {
        actor ??= Actor.System;
        var values = Runtime.State.Variables.From(variables);
        var candidates = (await _store.SubscriptionsAsync(messageName))
            .Where(s => correlationKey is null || s.CorrelationKey == correlationKey)
            .ToArray();
        var waiting = candidates.Where(s => s.InstanceId is not null).ToArray();
        if (waiting.Select(s => s.RootInstanceId).Distinct().Count() > 1)
            throw new WorkflowException(WorkflowErrorKind.Invalid,
                $"消息“{messageName}”同时匹配了{waiting.Length}个等待中的流程实例。请提供关联键（correlation key）以确定唯一的实例。");
        if (waiting.Length > 0)
        {
            var sub = waiting.OrderBy(s => s.CreatedAt).First();
            var delivered = await RunAsync(sub.RootInstanceId!.Value, actor, x =>
            {
                if (!x.Subscriptions.TryGetValue(sub.Id, out var live)) return false;
                x.DeliverMessage(live, values);
                return true;
            });
            if (delivered) return;
        }
        var start = candidates.FirstOrDefault(s => s.InstanceId is null);
        if (start is null)
            throw new WorkflowException(WorkflowErrorKind.NotFound,
                $"没有流程在等待消息“{messageName}”" + (correlationKey is null ? "" : $"（关联键“{correlationKey}”）") + "，消息未被接收。");
        var processId = start.DefinitionId[..start.DefinitionId.LastIndexOf(':')];
        await RunNewAsync(actor, x => x.StartInstance(start.DefinitionId, processId, correlationKey, values, startEventId: start.ElementId));
    }

    internal static IReadOnlyDictionary<string, JsonElement> NoVariables => Runtime.State.Variables.Empty;
}
