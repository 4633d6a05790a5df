using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>A version's diagram with, per element, how many instances passed it and how many wait there now.</summary>
/// <param name="Versions">Every version of the process, newest first (for the page's choice).</param>
public sealed record VersionStatistics(string Key, string Name, int Version, IReadOnlyList<int> Versions, string Xml,
    IReadOnlyList<ElementStatistics> Elements);
