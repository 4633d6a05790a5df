using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>Reports content outside the executable subset (<c>unsupported-element</c>), suggesting the nearest supported element.</summary>
internal static class UnsupportedElements
{
    private const string DataAdvice = "流程中的数据请用流程变量表达，请删除该元素。";

    private static readonly Dictionary<string, string> Advice = new()
    {
        ["task"] = "请改为用户任务（userTask，由人办理）或服务任务（serviceTask，由系统执行）。",
        ["scriptTask"] = "引擎不运行脚本，请改为服务任务（serviceTask），用 rc:handler 指定已注册的处理程序。",
        ["manualTask"] = "请改为用户任务（userTask），由办理人在系统中确认完成。",
        ["businessRuleTask"] = "请改为服务任务（serviceTask），或用排他网关的条件表达规则。",
        ["complexGateway"] = "请改为包容网关（inclusiveGateway）或排他网关（exclusiveGateway）。",
        ["transaction"] = "请改为普通子流程（subProcess），失败时用错误边界事件处理。",
        ["adHocSubProcess"] = "请改为普通子流程（subProcess），或对用户任务使用多实例。",
        ["intermediateThrowEvent"] = "要发出消息请改用发送任务（sendTask）；空的中间事件没有作用，请删除它并直接连线。",
        ["subProcess"] = "事件子流程不受支持，请改用挂在活动上的边界事件（boundaryEvent）。",
        ["signalEventDefinition"] = "请改用消息事件（messageEventDefinition）。",
        ["conditionalEventDefinition"] = "请用排他网关判断条件，或用消息事件等待外部通知。",
        ["escalationEventDefinition"] = "请改用错误事件（errorEventDefinition）或消息事件。",
        ["compensateEventDefinition"] = "请用服务任务把撤销步骤显式画出来。",
        ["linkEventDefinition"] = "请删除链接事件，直接用连线连接两个节点。",
        ["cancelEventDefinition"] = "请改用终止结束事件或错误事件。",
        ["eventDefinitionRef"] = "请把事件定义直接写在事件里面。",
        ["standardLoopCharacteristics"] = "请改用多实例（multiInstanceLoopCharacteristics），或用排他网关连回前面的节点。",
        ["loopDataInputRef"] = "请改用 rc:collection 指定集合表达式。",
        ["inputDataItem"] = "请改用 rc:elementVariable 指定元素变量名。",
        ["loopDataOutputRef"] = "多实例不收集输出，请删除它，由各实例写入流程变量。",
        ["outputDataItem"] = "多实例不收集输出，请删除它，由各实例写入流程变量。",
        ["complexBehaviorDefinition"] = "请改用完成条件（completionCondition）。",
        ["humanPerformer"] = "请改用 rc:assignee 指定办理人。",
        ["potentialOwner"] = "请改用 rc:candidateRoles 或 rc:candidateUsers 指定候选人。",
        ["performer"] = "请改用 rc:assignee、rc:candidateRoles 或 rc:candidateUsers。",
        ["dataObject"] = DataAdvice, ["dataObjectReference"] = DataAdvice, ["dataStoreReference"] = DataAdvice,
        ["dataInputAssociation"] = DataAdvice, ["dataOutputAssociation"] = DataAdvice, ["dataInput"] = DataAdvice,
        ["dataOutput"] = DataAdvice, ["ioSpecification"] = DataAdvice, ["property"] = DataAdvice,
        ["inputSet"] = DataAdvice, ["outputSet"] = DataAdvice,
    };

    public static string AdviceFor(string localName) =>
        Advice.TryGetValue(localName, out var advice) ? advice : "请删除它，或改用引擎支持的元素（见 docs/bpmn-extensions.md 的 What the engine accepts 一节）。";

    /// <summary>Reports an unsupported element that is itself a flow element with an id ("脚本任务（scriptTask）“Task_3”…").</summary>
    public static void ReportNode(ParseContext context, XElement element, string id) =>
        context.Report(element, id, "unsupported-element",
            $"{Kind(element)}“{id}”不受引擎支持。{AdviceFor(element.Name.LocalName)}");

    /// <summary>Reports unsupported content inside another element ("用户任务“Task_1”中的标准循环…").</summary>
    public static void ReportPart(ParseContext context, XElement element, string? ownerId, string owner) =>
        context.Report(element, ownerId, "unsupported-element",
            $"{owner}中的{Kind(element)}不受引擎支持。{AdviceFor(element.Name.LocalName)}");

    /// <summary>"脚本任务（scriptTask）", or the qualified name of an element outside the BPMN namespace.</summary>
    public static string Kind(XElement element)
    {
        var local = element.Name.LocalName;
        if (element.Name.Namespace == BpmnXml.Model)
            return ElementNames.Of(local) is var name && name != local ? $"{name}（{local}）" : $"元素 {local}";
        var prefix = element.GetPrefixOfNamespace(element.Name.Namespace);
        return $"元素 {(prefix is null ? element.Name.ToString() : $"{prefix}:{local}")}";
    }
}
