using Reconsideration.Host.Features.Designer.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>The designer's views of deployed versions: per-element statistics and the comparison of two versions.</summary>
internal sealed class VersionDiagrams(WorkflowEngine engine)
{
    /// <summary>
    /// The version's file (the latest when <paramref name="version"/> is null) with the counts of every process deployed
    /// with it in that file, summed per element by the engine's grouped queries.
    /// </summary>
    public async Task<VersionStatistics> StatisticsAsync(string key, int? version)
    {
        var versions = await VersionsAsync(key);
        var definition = Pick(key, versions, version ?? versions[0].Version);
        var sameFile = (await engine.DefinitionsAsync()).Where(d => d.Hash == definition.Hash);
        var counts = new List<ElementStatistics>();
        foreach (var d in sameFile) counts.AddRange(await engine.ElementStatisticsAsync(d.Id));
        var elements = counts.GroupBy(c => c.ElementId)
            .Select(g => new ElementStatistics(g.Key, g.Sum(c => c.Passed), g.Sum(c => c.Waiting)))
            .OrderBy(c => c.ElementId, StringComparer.Ordinal)
            .ToArray();
        return new VersionStatistics(key, definition.Name ?? key, definition.Version, [.. versions.Select(v => v.Version)], definition.Xml, elements);
    }

    /// <summary>Version <paramref name="from"/> against <paramref name="to"/>, element by element (<see cref="VersionDiff"/>).</summary>
    public async Task<VersionComparison> CompareAsync(string key, int from, int to)
    {
        var versions = await VersionsAsync(key);
        if (from == to) throw new DesignerInputException("请选择两个不同的版本进行对比。");
        var older = Pick(key, versions, from);
        var newer = Pick(key, versions, to);
        return new VersionComparison(key, newer.Name ?? key, from, to, [.. versions.Select(v => v.Version)], older.Xml, newer.Xml,
            VersionDiff.Compare(older.Xml, newer.Xml));
    }

    /// <summary>The process's version numbers, newest first; none for an unknown key.</summary>
    public async Task<IReadOnlyList<int>> VersionNumbersAsync(string key) =>
        [.. (await engine.DefinitionsAsync(key)).Select(d => d.Version).OrderDescending()];

    private async Task<IReadOnlyList<DeployedDefinition>> VersionsAsync(string key)
    {
        var versions = (await engine.DefinitionsAsync(key)).OrderByDescending(d => d.Version).ToArray();
        return versions.Length > 0 ? versions : throw new DesignerInputException($"流程“{key}”还没有发布过版本。");
    }

    private static DeployedDefinition Pick(string key, IReadOnlyList<DeployedDefinition> versions, int version) =>
        versions.FirstOrDefault(v => v.Version == version)
        ?? throw new DesignerInputException($"流程“{key}”没有第{version}版（已发布第{versions[^1].Version}至第{versions[0].Version}版）。");
}
