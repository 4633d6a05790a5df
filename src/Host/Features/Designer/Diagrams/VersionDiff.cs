namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>
/// The difference between two BPMN files, element by element, matched by id: added, removed, changed (type, name,
/// <c>rc:</c> attributes, condition, event definition, a flow's source and target …). Layout alone is no change.
/// </summary>
public static class VersionDiff
{
    /// <summary>The changes, in the order: removed, changed, added, each by the element's id.</summary>
    public static IReadOnlyList<ElementChange> Compare(string fromXml, string toXml) =>
        Compare(BpmnElements.Read(fromXml), BpmnElements.Read(toXml));

    public static IReadOnlyList<ElementChange> Compare(IReadOnlyDictionary<string, DiagramElement> from, IReadOnlyDictionary<string, DiagramElement> to)
    {
        var removed = from.Values.Where(e => !to.ContainsKey(e.Id))
            .Select(e => new ElementChange(e.Id, ChangeKind.Removed, e.Label, BpmnNames.Type(e.Type), []));
        var changed = from.Values.Where(e => to.ContainsKey(e.Id))
            .Select(e => (Old: e, New: to[e.Id]))
            .Select(p => (p.New, Details: Details(p.Old, p.New)))
            .Where(p => p.Details.Count > 0)
            .Select(p => new ElementChange(p.New.Id, ChangeKind.Changed, p.New.Label, BpmnNames.Type(p.New.Type), p.Details));
        var added = to.Values.Where(e => !from.ContainsKey(e.Id))
            .Select(e => new ElementChange(e.Id, ChangeKind.Added, e.Label, BpmnNames.Type(e.Type), []));
        return [.. removed.OrderBy(c => c.ElementId, StringComparer.Ordinal),
            .. changed.OrderBy(c => c.ElementId, StringComparer.Ordinal),
            .. added.OrderBy(c => c.ElementId, StringComparer.Ordinal)];
    }

    private static List<string> Details(DiagramElement old, DiagramElement now)
    {
        var details = new List<string>();
        if (old.Type != now.Type) details.Add($"类型：{BpmnNames.Type(old.Type)} → {BpmnNames.Type(now.Type)}");
        foreach (var key in old.Properties.Keys.Union(now.Properties.Keys).Order(StringComparer.Ordinal))
        {
            var before = old.Properties.GetValueOrDefault(key);
            var after = now.Properties.GetValueOrDefault(key);
            if (before == after) continue;
            details.Add(before is null ? $"{key}：新增“{after}”" : after is null ? $"{key}：删除“{before}”" : $"{key}：“{before}” → “{after}”");
        }
        return details;
    }
}
