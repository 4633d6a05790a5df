using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>Checks the children of a flow element: anything the engine would not execute is reported, never ignored.</summary>
internal static class ChildElements
{
    private static readonly HashSet<string> AlwaysAllowed = ["documentation", "extensionElements", "incoming", "outgoing"];

    /// <param name="allowed">Further BPMN children the caller reads itself (conditionExpression, event definitions …).</param>
    /// <param name="allowParameters">Whether rc:parameter may appear in extensionElements (service and send tasks).</param>
    public static void Check(ParseContext context, XElement element, string id, Func<string, bool> allowed, bool allowParameters = false)
    {
        var owner = ElementNames.Describe(element, id);
        foreach (var child in element.Elements())
        {
            var local = child.Name.LocalName;
            if (child.Name.Namespace != BpmnXml.Model)
                UnsupportedElements.ReportPart(context, child, id, owner);
            else if (local == "extensionElements")
                ExtensionElements.Check(context, child, id, owner, allowParameters);
            else if (!AlwaysAllowed.Contains(local) && !allowed(local))
                UnsupportedElements.ReportPart(context, child, id, owner);
        }
    }
}
