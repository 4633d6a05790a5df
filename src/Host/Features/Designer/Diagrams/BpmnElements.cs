using System.Xml;
using System.Xml.Linq;
using Reconsideration.Host.Features.Designer.Services;

namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>
/// Reads the elements of every process of a BPMN file (also inside sub-processes) with what each says: attributes,
/// condition, event definition, multi-instance, handler parameters, documentation. Lanes and extension elements are
/// not elements of their own; the diagram's layout is ignored.
/// </summary>
public static class BpmnElements
{
    private static readonly XNamespace Bpmn = BpmnFile.BpmnNamespace;
    private static readonly HashSet<string> NotElements = new(StringComparer.Ordinal)
    {
        "laneSet", "extensionElements", "documentation", "ioSpecification", "property", "dataInputAssociation",
        "dataOutputAssociation", "incoming", "outgoing",
    };

    /// <summary>The elements by id; throws <see cref="DesignerInputException"/> when the text is no BPMN file.</summary>
    public static IReadOnlyDictionary<string, DiagramElement> Read(string xml)
    {
        BpmnFile.CheckReadable(xml);
        var document = XDocument.Parse(xml);
        var elements = new Dictionary<string, DiagramElement>(StringComparer.Ordinal);
        foreach (var process in document.Root!.Elements(Bpmn + "process")) Collect(process, elements);
        return elements;
    }

    private static void Collect(XElement container, Dictionary<string, DiagramElement> into)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name.Namespace != Bpmn || NotElements.Contains(child.Name.LocalName)) continue;
            if ((string?)child.Attribute("id") is not { Length: > 0 } id) continue;
            into.TryAdd(id, Element(id, child));
            if (child.Name.LocalName is "subProcess" or "transaction" or "adHocSubProcess") Collect(child, into);
        }
    }

    private static DiagramElement Element(string id, XElement xml)
    {
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in xml.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name != "id"))
            properties[BpmnNames.Attribute(attribute.Name)] = attribute.Value.Trim();
        if (Text(xml.Element(Bpmn + "conditionExpression")) is { } condition) properties["条件"] = condition;
        if (Text(xml.Element(Bpmn + "documentation")) is { } documentation) properties["说明"] = documentation;
        var definitions = xml.Elements().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToArray();
        if (definitions.Length > 0) properties["事件定义"] = string.Join("；", definitions.Select(EventDefinition));
        if (xml.Element(Bpmn + "multiInstanceLoopCharacteristics") is { } loop) properties["多实例"] = MultiInstance(loop);
        var parameters = xml.Element(Bpmn + "extensionElements")?.Elements(XName.Get("parameter", BpmnNames.Rc))
            .Select(p => $"{(string?)p.Attribute("name")}＝{p.Value.Trim()}").ToArray() ?? [];
        if (parameters.Length > 0) properties["处理程序参数"] = string.Join("；", parameters);
        if (Text(xml.Element(Bpmn + "text")) is { } text) properties["文字"] = text;
        return new DiagramElement(id, xml.Name.LocalName, (string?)xml.Attribute("name"), (string?)xml.Attribute("sourceRef"),
            (string?)xml.Attribute("targetRef"), properties);
    }

    private static string EventDefinition(XElement definition) => definition.Name.LocalName switch
    {
        "timerEventDefinition" => "定时" + string.Concat(
            new[] { ("timeDate", "日期"), ("timeDuration", "期间"), ("timeCycle", "循环周期") }
                .Where(t => Text(definition.Element(Bpmn + t.Item1)) is not null)
                .Select(t => $"（{t.Item2} {Text(definition.Element(Bpmn + t.Item1))}）")),
        "messageEventDefinition" => $"消息（{(string?)definition.Attribute("messageRef")}"
                                    + ((string?)definition.Attribute(XName.Get("correlationKey", BpmnNames.Rc)) is { } key ? $"，关联键 {key}" : "") + "）",
        "errorEventDefinition" => $"错误（{(string?)definition.Attribute("errorRef") ?? "任意"}）",
        "terminateEventDefinition" => "终止",
        _ => definition.Name.LocalName,
    };

    private static string MultiInstance(XElement loop)
    {
        var parts = new List<string> { (string?)loop.Attribute("isSequential") == "true" ? "顺序" : "并行" };
        parts.AddRange(loop.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name != "isSequential" && a.Name != "id")
            .Select(a => $"{BpmnNames.Attribute(a.Name)} {a.Value.Trim()}"));
        if (Text(loop.Element(Bpmn + "loopCardinality")) is { } cardinality) parts.Add($"实例数 {cardinality}");
        if (Text(loop.Element(Bpmn + "completionCondition")) is { } completion) parts.Add($"完成条件 {completion}");
        return string.Join("，", parts);
    }

    private static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;
}
