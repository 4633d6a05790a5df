using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>Reads one executable process, descending into its embedded sub-processes, into a <see cref="ProcessDraft"/>.</summary>
internal sealed class ProcessReader
{
    // Content that documents or draws the process but does nothing when it runs.
    private static readonly HashSet<string> NonExecuting =
        ["documentation", "extensionElements", "laneSet", "textAnnotation", "association", "group"];
    // Children a sub-process element has besides its flow elements; the activity reader reads them.
    private static readonly HashSet<string> SubProcessParts = ["incoming", "outgoing", "multiInstanceLoopCharacteristics"];

    private readonly ParseContext context;
    private readonly ProcessDraft draft;
    private readonly EventReader events;
    private readonly ActivityReader activities;
    private readonly GatewayReader gateways;

    private ProcessReader(ParseContext context, ProcessDraft draft)
    {
        this.context = context;
        this.draft = draft;
        events = new EventReader(context);
        activities = new ActivityReader(context);
        gateways = new GatewayReader(context);
    }

    public static ProcessDraft Read(ParseContext context, XElement process)
    {
        var id = BpmnXml.Id(process);
        if (id is null)
        {
            id = $"（第{BpmnXml.Line(process)}行的流程）";
            context.Report(process, null, "missing-id", $"第{BpmnXml.Line(process)}行的流程没有编号（id），请填写流程编号：启动流程和调用活动都按编号找到它。");
        }
        var draft = new ProcessDraft(id, BpmnXml.Attr(process, "name"), process);
        new ProcessReader(context, draft).ReadScope(process, id, isSubProcess: false);
        return draft;
    }

    /// <returns>The ids of the nodes directly inside the scope.</returns>
    private List<string> ReadScope(XElement scope, string scopeId, bool isSubProcess)
    {
        var children = new List<string>();
        var owner = isSubProcess ? ElementNames.Describe(scope, scopeId) : $"流程“{scopeId}”";
        foreach (var element in scope.Elements())
        {
            var local = element.Name.LocalName;
            if (element.Name.Namespace != BpmnXml.Model)
            {
                UnsupportedElements.ReportPart(context, element, scopeId, owner);
                continue;
            }
            if (local == "extensionElements")
                ExtensionElements.Check(context, element, scopeId, owner, allowParameters: false);
            if (NonExecuting.Contains(local) || (isSubProcess && SubProcessParts.Contains(local)))
                continue;

            var id = BpmnXml.Id(element);
            if (local == "sequenceFlow")
            {
                if (id is null) ReportMissingId(element);
                else ReadFlow(element, id, scopeId);
                continue;
            }
            if (id is null)
            {
                if (IsSupported(element)) ReportMissingId(element);
                else UnsupportedElements.ReportPart(context, element, scopeId, owner);
                continue;
            }
            draft.Nodes.Add(ReadNode(element, id, scopeId));
            children.Add(id);
        }
        return children;
    }

    private NodeDraft ReadNode(XElement element, string id, string scopeId)
    {
        switch (element.Name.LocalName)
        {
            case "startEvent" or "endEvent" or "intermediateCatchEvent" or "boundaryEvent":
                return events.Read(element, id, scopeId);
            case "userTask" or "serviceTask" or "sendTask" or "receiveTask" or "callActivity":
                return activities.Read(element, id, scopeId);
            case "exclusiveGateway" or "parallelGateway" or "inclusiveGateway" or "eventBasedGateway":
                return gateways.Read(element, id, scopeId);
            case "subProcess" when !BpmnXml.IsTrue(element, "triggeredByEvent"):
                var children = ReadScope(element, id, isSubProcess: true);
                return activities.ReadSubProcess(element, id, scopeId, children);
            default:
                UnsupportedElements.ReportNode(context, element, id);
                return new NodeDraft(new UnsupportedNode(element.Name.LocalName) { Id = id, ScopeId = scopeId }, element, Rejected: true);
        }
    }

    private static bool IsSupported(XElement element) => element.Name.LocalName is
        "startEvent" or "endEvent" or "intermediateCatchEvent" or "boundaryEvent" or "userTask" or "serviceTask"
        or "sendTask" or "receiveTask" or "callActivity" or "exclusiveGateway" or "parallelGateway"
        or "inclusiveGateway" or "eventBasedGateway" or "subProcess";

    private void ReportMissingId(XElement element) =>
        context.Report(element, null, "missing-id",
            $"第{BpmnXml.Line(element)}行的{ElementNames.Of(element)}没有编号（id），请填写一个在文件中唯一的编号。");

    private void ReadFlow(XElement element, string id, string scopeId)
    {
        ChildElements.Check(context, element, id, name => name == "conditionExpression");
        string? condition = null;
        if (element.Element(BpmnXml.Model + "conditionExpression") is { } expression)
        {
            var language = BpmnXml.Attr(expression, "language");
            var languageOk = language is null || language.Equals("javascript", StringComparison.OrdinalIgnoreCase)
                || language.Equals("ecmascript", StringComparison.OrdinalIgnoreCase);
            if (!languageOk)
                context.Report(expression, id, "expression-language",
                    $"连线“{id}”的条件用的是“{language}”语言，引擎只支持 JavaScript。请把语言改为 javascript，或删除 language 属性。");
            if (expression.Attribute(BpmnXml.Camunda + "resource") is not null)
                context.Report(expression, id, "expression-language",
                    $"连线“{id}”的条件引用了外部脚本文件（camunda:resource），引擎不支持。请把条件表达式直接写在连线上。");
            condition = BpmnXml.Clean(expression.Value);
            if (condition is not null && languageOk)
                context.CheckExpression(expression, id, $"连线“{id}”的条件", condition);
        }
        draft.Flows.Add(new FlowDraft(id, BpmnXml.Attr(element, "name"), BpmnXml.Attr(element, "sourceRef"),
            BpmnXml.Attr(element, "targetRef"), condition, scopeId, element));
    }
}
