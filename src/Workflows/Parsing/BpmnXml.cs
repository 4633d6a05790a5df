using System.Xml;
using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing;

/// <summary>The XML namespaces the parser understands and small helpers to read attributes and line numbers.</summary>
internal static class BpmnXml
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /// <summary>Our extension namespace (prefix rc), documented in docs/bpmn-extensions.md.</summary>
    public static readonly XNamespace Rc = "urn:reconsideration:bpmn:1.0";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    public static int? Line(XObject? node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    public static bool Is(XElement element, string localName) =>
        element.Name.Namespace == Model && element.Name.LocalName == localName;

    /// <summary>An attribute without namespace, trimmed; null when absent or blank.</summary>
    public static string? Attr(XElement element, string name) => Clean(element.Attribute(name)?.Value);

    public static string? Id(XElement element) => Attr(element, "id");

    /// <summary>Our rc: attribute, else the Camunda equivalent (when one is accepted); trimmed, null when blank.</summary>
    public static string? Extension(XElement element, string rcName, string? camundaName = null) =>
        Clean(element.Attribute(Rc + rcName)?.Value)
        ?? (camundaName is null ? null : Clean(element.Attribute(Camunda + camundaName)?.Value));

    public static bool IsTrue(XElement element, string name) =>
        string.Equals(Attr(element, name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text of a BPMN child element (timeDuration, loopCardinality …), trimmed; null when absent or blank.</summary>
    public static string? ChildText(XElement element, string localName) => Clean(element.Element(Model + localName)?.Value);

    /// <summary>A comma-separated list, each entry trimmed, blanks dropped.</summary>
    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
