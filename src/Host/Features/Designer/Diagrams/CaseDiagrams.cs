using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Journal;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Designer.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>
/// The instance viewer's data: a case's process on the diagram of the version it runs on. The journal records the
/// elements an instance entered and completed, not the flows; a flow counts as taken when, in one instance, its
/// source was completed and its target entered. Called processes of the same file are shown on it as far as their
/// journal goes; a process called from another file is not drawn (its call activity shows as active while it runs).
/// </summary>
internal sealed class CaseDiagrams(CaseAccess access, CaseLinks links, WorkflowEngine engine)
{
    /// <param name="rootId">The process to show; null: the case's latest.</param>
    /// <exception cref="DesignerInputException">the case is unknown, not the user's to see, or has no process.</exception>
    public async Task<CaseDiagram> OpenAsync(ClaimsPrincipal user, Guid caseId, Guid? rootId, CancellationToken ct = default)
    {
        Case @case;
        try
        {
            @case = await access.CaseAsync(user, caseId, ct);
        }
        catch (ApiException e)
        {
            throw new DesignerInputException(e.Message);
        }
        catch (CaseException e) when (e.Kind == CaseErrorKind.NotFound)
        {
            throw new DesignerInputException("没有这个案件，可能链接有误。请从案件查询中打开。");
        }

        var roots = await links.ProcessesAsync(caseId, ct);
        if (roots.Count == 0) throw new DesignerInputException($"案件{@case.Number}尚未启动流程，没有流程图可看。");
        var root = rootId ?? roots[^1];
        if (!roots.Contains(root)) throw new DesignerInputException($"该流程不属于案件{@case.Number}。");

        var definitions = new Dictionary<string, DeployedDefinition>(StringComparer.Ordinal);
        async Task<DeployedDefinition> DefinitionAsync(ProcessInstanceInfo instance)
        {
            if (!definitions.TryGetValue(instance.DefinitionId, out var found))
            {
                foreach (var d in await engine.DefinitionsAsync(instance.ProcessId)) definitions[d.Id] = d;
                found = definitions[instance.DefinitionId];
            }
            return found;
        }

        var processes = new List<CaseProcess>();
        DeployedDefinition? rootDefinition = null;
        foreach (var id in roots)
        {
            var info = await engine.InstanceAsync(id) ?? throw new DesignerInputException($"流程实例 {id} 不存在。");
            var definition = await DefinitionAsync(info);
            processes.Add(new CaseProcess(id, definition.Name ?? definition.ProcessId, definition.Version, info.State, info.StartedAt));
            if (id == root) rootDefinition = definition;
        }
        var current = processes.Single(p => p.RootId == root);

        // The instances of the tree whose definitions come from the same file as the root's: those the diagram draws.
        var journal = await engine.JournalAsync(root);
        var onFile = new Dictionary<Guid, ProcessInstanceInfo>();
        foreach (var id in journal.Select(e => e.InstanceId).Distinct())
        {
            if (await engine.InstanceAsync(id) is { } info && (await DefinitionAsync(info)).Hash == rootDefinition!.Hash) onFile[id] = info;
        }

        var elements = BpmnElements.Read(rootDefinition!.Xml);
        var mine = journal.Where(e => e.ElementId is not null && onFile.ContainsKey(e.InstanceId)).ToArray();
        var completed = mine.Where(e => e.Kind == JournalKind.ElementCompleted).Select(e => (e.InstanceId, e.ElementId!)).ToHashSet();
        var entered = mine.Where(e => e.Kind == JournalKind.ElementEntered).Select(e => (e.InstanceId, e.ElementId!)).ToHashSet();
        var flows = elements.Values.Where(e => e is { Type: "sequenceFlow", Source: not null, Target: not null })
            .Where(f => onFile.Keys.Any(i => completed.Contains((i, f.Source!)) && entered.Contains((i, f.Target!))))
            .Select(f => f.Id);
        var passed = completed.Select(c => c.Item2).Distinct().Concat(flows).Where(elements.ContainsKey).Order(StringComparer.Ordinal).ToArray();
        var active = onFile.Values.Where(i => i.State == InstanceState.Active).SelectMany(i => i.ActiveElements)
            .Distinct().Where(elements.ContainsKey).Order(StringComparer.Ordinal).ToArray();

        string Element(string? id) => id is null ? "" : elements.GetValueOrDefault(id)?.Label ?? id;
        var lines = journal.Reverse()
            .Where(e => e.Kind != JournalKind.VariableSet)
            .Select(e => (Entry: e, Text: JournalText.Of(e, Element, detailed: true)))
            .Where(x => x.Text is not null)
            .Select(x => new DiagramJournalEntry(x.Entry.Sequence, x.Entry.At, x.Entry.Actor, x.Text!,
                x.Entry.ElementId is { } id && onFile.ContainsKey(x.Entry.InstanceId) && elements.ContainsKey(id) ? id : null))
            .ToArray();
        return new CaseDiagram(@case.Id, @case.Number, processes, current, rootDefinition!.Xml, passed, active, lines);
    }
}
