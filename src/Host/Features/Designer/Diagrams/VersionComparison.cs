namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>Two versions of a process side by side and what changed from the first to the second.</summary>
/// <param name="Versions">Every version of the process, newest first (for the page's choice).</param>
public sealed record VersionComparison(string Key, string Name, int From, int To, IReadOnlyList<int> Versions,
    string FromXml, string ToXml, IReadOnlyList<ElementChange> Changes);
