using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing;

/// <summary>Chinese names of BPMN element kinds, for messages ("用户任务“Task_1”…").</summary>
internal static class ElementNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["process"] = "流程", ["subProcess"] = "子流程", ["transaction"] = "事务子流程", ["adHocSubProcess"] = "自由子流程",
        ["callActivity"] = "调用活动", ["sequenceFlow"] = "连线",
        ["startEvent"] = "开始事件", ["endEvent"] = "结束事件", ["boundaryEvent"] = "边界事件",
        ["intermediateCatchEvent"] = "中间捕获事件", ["intermediateThrowEvent"] = "中间抛出事件",
        ["userTask"] = "用户任务", ["serviceTask"] = "服务任务", ["sendTask"] = "发送任务", ["receiveTask"] = "接收任务",
        ["task"] = "无类型任务", ["scriptTask"] = "脚本任务", ["manualTask"] = "手工任务", ["businessRuleTask"] = "业务规则任务",
        ["exclusiveGateway"] = "排他网关", ["parallelGateway"] = "并行网关", ["inclusiveGateway"] = "包容网关",
        ["eventBasedGateway"] = "事件网关", ["complexGateway"] = "复杂网关",
        ["timerEventDefinition"] = "定时器事件定义", ["messageEventDefinition"] = "消息事件定义",
        ["errorEventDefinition"] = "错误事件定义", ["terminateEventDefinition"] = "终止事件定义",
        ["signalEventDefinition"] = "信号事件定义", ["conditionalEventDefinition"] = "条件事件定义",
        ["escalationEventDefinition"] = "升级事件定义", ["compensateEventDefinition"] = "补偿事件定义",
        ["linkEventDefinition"] = "链接事件定义", ["cancelEventDefinition"] = "取消事件定义",
        ["eventDefinitionRef"] = "事件定义引用",
        ["multiInstanceLoopCharacteristics"] = "多实例设置", ["standardLoopCharacteristics"] = "标准循环",
        ["dataObject"] = "数据对象", ["dataObjectReference"] = "数据对象引用", ["dataStoreReference"] = "数据存储引用",
        ["dataInputAssociation"] = "数据输入关联", ["dataOutputAssociation"] = "数据输出关联",
        ["ioSpecification"] = "输入输出规格", ["property"] = "属性定义",
        ["message"] = "消息", ["error"] = "错误", ["signal"] = "信号",
    };

    public static string Of(string localName) => Names.TryGetValue(localName, out var name) ? name : localName;

    public static string Of(XElement element) =>
        element.Name.Namespace == BpmnXml.Model ? Of(element.Name.LocalName) : element.Name.LocalName;

    /// <summary>"用户任务“Task_1”", or with its name "用户任务“审查申请”（Task_1）": people know their nodes by name.</summary>
    public static string Describe(XElement element, string id) =>
        BpmnXml.Attr(element, "name") is { } name ? $"{Of(element)}“{name}”（{id}）" : $"{Of(element)}“{id}”";
}
