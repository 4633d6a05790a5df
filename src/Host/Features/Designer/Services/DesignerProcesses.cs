using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>Reading what the designer lists and opens: deployed versions and drafts, side by side.</summary>
internal sealed class DesignerProcesses(WorkflowEngine engine, DraftStore drafts)
{
    public async Task<IReadOnlyList<ProcessOverview>> ListAsync(CancellationToken ct = default)
    {
        var definitions = await engine.DefinitionsAsync();
        var saved = (await drafts.ListAsync(ct)).ToDictionary(d => d.ProcessKey, StringComparer.Ordinal);
        var keys = definitions.Select(d => d.ProcessId).Concat(saved.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. keys.Select(key =>
        {
            var versions = definitions.Where(d => d.ProcessId == key).OrderByDescending(d => d.Version)
                .Select(d => new ProcessVersion(d.Version, d.Name, d.DeployedAt, d.DeployedBy, d.Comment)).ToList();
            var draft = saved.GetValueOrDefault(key);
            return new ProcessOverview(key, versions.FirstOrDefault()?.Name ?? draft?.Name, versions, draft);
        })];
    }

    /// <summary>What the designer opens for a key: the draft, else the latest version's file, else null.</summary>
    public async Task<(string Xml, bool IsDraft)?> OpenAsync(string processKey, CancellationToken ct = default)
    {
        if (await drafts.GetAsync(processKey, ct) is { } draft) return (draft.Xml, true);
        var latest = (await engine.DefinitionsAsync(processKey)).MaxBy(d => d.Version);
        return latest is null ? null : (latest.Xml, false);
    }

    /// <summary>Starts a new process: refuses a bad key or one in use, then saves an empty diagram as its draft.</summary>
    public async Task<Draft> CreateAsync(string? processKey, string? name, string createdBy, CancellationToken ct = default)
    {
        BpmnFile.CheckKey(processKey);
        if (string.IsNullOrWhiteSpace(name)) throw new DesignerInputException("请填写流程名称，如“快速审理”。");
        if ((await engine.DefinitionsAsync(processKey)).Count > 0 || await drafts.GetAsync(processKey!, ct) is not null)
            throw new DesignerInputException($"流程标识“{processKey}”已被使用：请换一个，或在列表中打开该流程。");
        return await drafts.SaveAsync(processKey!, name, BpmnFile.NewDiagram(processKey!, name.Trim()), createdBy, ct);
    }
}
