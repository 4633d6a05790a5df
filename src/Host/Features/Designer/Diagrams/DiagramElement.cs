namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>One element of a process in a BPMN file, as the comparison and the instance viewer read it.</summary>
/// <param name="Type">The BPMN element's local name, e.g. userTask, sequenceFlow.</param>
/// <param name="Source">A sequence flow's sourceRef, else null.</param>
/// <param name="Target">A sequence flow's targetRef, else null.</param>
/// <param name="Properties">What the element says besides its id and type, by Chinese label (名称, 候选角色, 条件 …).</param>
public sealed record DiagramElement(
    string Id,
    string Type,
    string? Name,
    string? Source,
    string? Target,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>The name, else the type in Chinese: how lists name the element.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? BpmnNames.Type(Type) : Name;
}
