using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>
/// Reads bpmn:definitions: messages and errors first (events refer to them), then every executable process.
/// Root elements with no effect on execution (collaboration, category, signal, escalation, item definitions …)
/// are accepted and ignored: the modeler keeps a signal's root element after its last event is deleted, and
/// an event that does use one is rejected where it stands. Diagram interchange and other namespaces are ignored.
/// </summary>
internal static class DefinitionsReader
{
    private static readonly HashSet<string> IgnoredRootElements =
    [
        "collaboration", "category", "signal", "escalation", "itemDefinition", "interface", "resource", "dataStore",
        "partnerEntity", "partnerRole", "endPoint", "correlationProperty", "choreography", "globalConversation",
        "globalTask", "globalUserTask", "globalScriptTask", "globalManualTask", "globalBusinessRuleTask",
        "import", "extension", "documentation", "extensionElements", "relationship",
        "eventDefinition", "timerEventDefinition", "messageEventDefinition", "errorEventDefinition",
        "terminateEventDefinition", "signalEventDefinition", "conditionalEventDefinition",
        "escalationEventDefinition", "compensateEventDefinition", "linkEventDefinition", "cancelEventDefinition",
    ];

    public static List<ProcessDraft> Read(ParseContext context, XElement definitions)
    {
        var processes = new List<XElement>();
        foreach (var element in definitions.Elements().Where(e => e.Name.Namespace == BpmnXml.Model))
        {
            var local = element.Name.LocalName;
            var id = BpmnXml.Id(element);
            switch (local)
            {
                case "process":
                    if (string.Equals(BpmnXml.Attr(element, "isExecutable"), "false", StringComparison.OrdinalIgnoreCase))
                    {
                        if (id is not null) context.NonExecutableProcesses.Add(id);
                    }
                    else
                    {
                        processes.Add(element);
                        if (id is not null) context.ExecutableProcesses.Add(id);
                    }
                    break;
                case "message" when id is not null:
                    context.Messages.TryAdd(id, element);
                    break;
                case "error" when id is not null:
                    context.Errors.TryAdd(id, element);
                    break;
                case "message" or "error":
                    context.Report(element, null, "missing-id",
                        $"第{BpmnXml.Line(element)}行的{ElementNames.Of(local)}没有编号（id），事件无法引用它，请填写编号。");
                    break;
                default:
                    if (!IgnoredRootElements.Contains(local))
                        UnsupportedElements.ReportPart(context, element, id, "文件（definitions）");
                    break;
            }
        }
        return processes.Select(p => ProcessReader.Read(context, p)).ToList();
    }
}
