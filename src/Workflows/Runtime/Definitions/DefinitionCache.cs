using System.Collections.Concurrent;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Parsing;
using Reconsideration.Workflows.Expressions;
using Reconsideration.Workflows.Storage;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Runtime.Definitions;

/// <summary>
/// Deployed definitions, parsed once. Versions are immutable, so a parsed model is kept for good; "latest
/// version of a process" is refreshed from the store when a lookup misses or <see cref="Refresh"/> is called.
/// </summary>
internal sealed class DefinitionCache(IWorkflowStore store, ParseOptions parseOptions)
{
    private readonly ConcurrentDictionary<string, BpmnModel> _modelsByHash = new();
    private readonly ConcurrentDictionary<string, DeployedDefinition> _byId = new();
    private volatile IReadOnlyDictionary<string, DeployedDefinition> _latest = new Dictionary<string, DeployedDefinition>();

    public ParseOptions ParseOptions => parseOptions;

    /// <summary>A cache whose parser checks expressions with Jint, timer values with the timer parser, and call targets against itself.</summary>
    public static DefinitionCache Create(IWorkflowStore store, ExpressionEvaluator expressions)
    {
        DefinitionCache? cache = null;
        var options = new ParseOptions(expressions.CheckSyntax, CheckTimer) { IsKnownProcess = id => cache!.IsKnownProcess(id) };
        cache = new DefinitionCache(store, options);
        return cache;
    }

    private static string? CheckTimer(TimerKind kind, string text) => TimerSchedule.TryParse(kind, text, out _, out var error) ? null : error;

    public ProcessModel Process(string definitionId, string processId)
    {
        var definition = Definition(definitionId);
        var model = _modelsByHash.GetOrAdd(definition.Hash, _ => Parse(definition.Xml));
        return model.Process(processId)
               ?? throw new InvalidOperationException($"Definition {definitionId} holds no process {processId}.");
    }

    public DeployedDefinition Definition(string definitionId)
    {
        if (_byId.TryGetValue(definitionId, out var found)) return found;
        var loaded = store.DefinitionAsync(definitionId).GetAwaiter().GetResult()
                     ?? throw new WorkflowException(WorkflowErrorKind.NotFound, $"流程定义“{definitionId}”不存在。");
        return _byId.GetOrAdd(definitionId, loaded);
    }

    /// <summary>The id of the latest deployed definition of a process, or null if it was never deployed.</summary>
    public string? LatestWithProcess(string processId)
    {
        if (_latest.TryGetValue(processId, out var latest)) return latest.Id;
        Refresh();
        return _latest.TryGetValue(processId, out latest) ? latest.Id : null;
    }

    public bool IsKnownProcess(string processId) => LatestWithProcess(processId) is not null;

    public void Refresh()
    {
        var all = store.DefinitionsAsync().GetAwaiter().GetResult();
        foreach (var d in all) _byId.TryAdd(d.Id, d);
        _latest = all.GroupBy(d => d.ProcessId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!);
    }

    /// <summary>Records definitions just deployed by this node, with the model already parsed.</summary>
    public void Register(IEnumerable<DeployedDefinition> definitions, BpmnModel model)
    {
        var latest = new Dictionary<string, DeployedDefinition>(_latest);
        foreach (var d in definitions)
        {
            _byId[d.Id] = d;
            _modelsByHash[d.Hash] = model;
            latest[d.ProcessId] = d;
        }
        _latest = latest;
    }

    private BpmnModel Parse(string xml)
    {
        var result = BpmnParser.Parse(xml, parseOptions);
        return result.Model ?? throw new DefinitionInvalidException(result.Problems);
    }
}
