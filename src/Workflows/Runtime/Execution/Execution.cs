using System.Text.Json;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.State;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Runtime.Execution;

/// <summary>
/// The working set of one command on one instance tree: the rows as loaded, changed in memory by the
/// behaviours through the agenda, and turned into one <see cref="TreeChanges"/> at the end.
/// </summary>
internal sealed partial class Execution
{
    private readonly TreeSnapshot _loaded;
    private readonly Queue<Action> _agenda = new();
    private long _sequence;

    public Execution(EngineContext engine, TreeSnapshot loaded, Actor actor, DateTimeOffset now)
    {
        Engine = engine;
        _loaded = loaded;
        Actor = actor;
        Now = now;
        Instances = loaded.Instances.ToDictionary(i => i.Id, i => i with { Tokens = [] });
        Tokens = loaded.Instances.SelectMany(i => i.Tokens).ToDictionary(t => t.Id);
        Tasks = loaded.OpenTasks.ToDictionary(t => t.Id);
        Jobs = loaded.Jobs.ToDictionary(j => j.Id);
        Subscriptions = loaded.Subscriptions.ToDictionary(s => s.Id);
        Incidents = loaded.OpenIncidents.ToDictionary(i => i.Id);
        _sequence = Tokens.Count == 0 ? 0 : Tokens.Values.Max(t => t.Sequence);
    }

    public EngineContext Engine { get; }
    public Actor Actor { get; }
    public DateTimeOffset Now { get; }
    public Dictionary<Guid, InstanceRecord> Instances { get; }
    public Dictionary<Guid, Token> Tokens { get; }
    public Dictionary<Guid, HumanTask> Tasks { get; }
    public Dictionary<Guid, Job> Jobs { get; }
    public Dictionary<Guid, MessageSubscription> Subscriptions { get; }
    public Dictionary<Guid, Incident> Incidents { get; }
    public List<JournalEntry> Journal { get; } = [];
    /// <summary>Jobs outside the tree (start timers) that this command changed.</summary>
    public Dictionary<Guid, (Job Before, Job? After)> ForeignJobs { get; } = [];

    public ProcessModel Model(InstanceRecord instance) => Engine.Definitions.Process(instance.DefinitionId, instance.ProcessId);
    public ProcessModel Model(Token token) => Model(Instances[token.InstanceId]);
    public FlowNode Node(Token token) => Model(token).Node(token.ElementId);

    public void Schedule(Action step) => _agenda.Enqueue(step);

    /// <summary>Runs the agenda until every token rests, re-checking inclusive joins whenever it empties.</summary>
    public void Run()
    {
        do
        {
            while (_agenda.TryDequeue(out var step)) step();
        }
        while (TryFireInclusiveJoins());
    }

    public Token NewToken(Guid instanceId, Guid? scopeTokenId, string elementId, TokenKind kind = TokenKind.Normal)
    {
        var token = new Token(Guid.NewGuid(), instanceId, scopeTokenId, elementId, TokenState.Active, kind, Sequence: ++_sequence);
        Tokens[token.Id] = token;
        return token;
    }

    public Token Update(Token token)
    {
        Tokens[token.Id] = token;
        return token;
    }

    /// <summary>Tokens directly inside a scope (a sub-process or multi-instance body token, or the instance when null).</summary>
    public IEnumerable<Token> TokensIn(Guid instanceId, Guid? scopeTokenId) =>
        Tokens.Values.Where(t => t.InstanceId == instanceId && t.ScopeTokenId == scopeTokenId);

    public void Record(JournalKind kind, Guid instanceId, string? elementId, string? detail = null, string? actor = null) =>
        Journal.Add(new JournalEntry(0, instanceId, Instances[instanceId].RootId, Now, actor ?? Actor.UserId, kind, elementId, detail));

    /// <summary>The variables an expression at this token sees: the instance's, overlaid by locals from the outermost scope inwards.</summary>
    public IReadOnlyDictionary<string, JsonElement> VariablesFor(Token token)
    {
        var chain = new Stack<Token>();
        for (Token? t = token; t is not null; t = t.ScopeTokenId is { } s ? Tokens.GetValueOrDefault(s) : null)
        {
            if (!t.Locals.IsEmpty) chain.Push(t);
        }
        var variables = Instances[token.InstanceId].Variables;
        while (chain.TryPop(out var t)) variables = variables.SetItems(t.Locals);
        return variables;
    }

    /// <summary>Sets variables where they live: on the nearest token that holds the name locally, else on the instance.</summary>
    public void SetVariables(Token? token, Guid instanceId, IReadOnlyDictionary<string, JsonElement> values)
    {
        foreach (var (name, value) in values)
        {
            var holder = token;
            while (holder is not null && !holder.Locals.ContainsKey(name))
                holder = holder.ScopeTokenId is { } s ? Tokens.GetValueOrDefault(s) : null;
            if (holder is not null)
            {
                if (Variables.SameValue(holder.Locals[name], value)) continue;
                Update(Tokens[holder.Id] with { Locals = Tokens[holder.Id].Locals.SetItem(name, value) });
            }
            else
            {
                var instance = Instances[instanceId];
                if (instance.Variables.TryGetValue(name, out var old) && Variables.SameValue(old, value)) continue;
                Instances[instanceId] = instance with { Variables = instance.Variables.SetItem(name, value) };
            }
            Record(JournalKind.VariableSet, instanceId, token?.ElementId, $"{name} = {value.GetRawText()}");
        }
    }

    public static JsonElement Json(object? value) => Variables.ToJson(value);
}
