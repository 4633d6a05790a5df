using System.Xml.Linq;
using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing;

/// <summary>A process as read from the XML, before its graph is checked and its nodes get their flows.</summary>
internal sealed class ProcessDraft(string id, string? name, XElement element)
{
    public string Id { get; } = id;
    public string? Name { get; } = name;
    public XElement Element { get; } = element;
    /// <summary>Every node of the process and its sub-processes, in file order (duplicated ids included).</summary>
    public List<NodeDraft> Nodes { get; } = [];
    public List<FlowDraft> Flows { get; } = [];
}

/// <summary>A node read from the XML. <paramref name="Rejected"/> nodes were already reported as unsupported:
/// they keep the graph connected, but no further rule reports on them.</summary>
internal sealed record NodeDraft(FlowNode Node, XElement Element, bool Rejected = false)
{
    public string Id => Node.Id;
    /// <summary>"用户任务“Task_1”".</summary>
    public string Describe => ElementNames.Describe(Element, Id);
}

/// <summary>A sequence flow read from the XML; its ends may be missing or wrong until the rules have checked them.</summary>
internal sealed record FlowDraft(string Id, string? Name, string? Source, string? Target, string? Condition, string ScopeId, XElement Element);
