using System.Xml.Linq;

namespace Reconsideration.Host.Features.Designer.Diagrams;

/// <summary>Chinese names of BPMN element types and of the attributes a comparison lists (terms of docs/glossary.md).</summary>
public static class BpmnNames
{
    public const string Rc = "urn:reconsideration:bpmn:1.0";

    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["startEvent"] = "开始事件", ["endEvent"] = "结束事件", ["intermediateCatchEvent"] = "中间捕获事件",
        ["intermediateThrowEvent"] = "中间抛出事件", ["boundaryEvent"] = "边界事件",
        ["task"] = "任务", ["userTask"] = "用户任务", ["serviceTask"] = "服务任务", ["sendTask"] = "发送任务",
        ["receiveTask"] = "接收任务", ["manualTask"] = "手工任务", ["scriptTask"] = "脚本任务", ["businessRuleTask"] = "业务规则任务",
        ["callActivity"] = "调用活动", ["subProcess"] = "子流程", ["transaction"] = "事务",
        ["exclusiveGateway"] = "排他网关", ["parallelGateway"] = "并行网关", ["inclusiveGateway"] = "包容网关",
        ["eventBasedGateway"] = "事件网关", ["complexGateway"] = "复杂网关",
        ["sequenceFlow"] = "顺序流", ["textAnnotation"] = "文本注释", ["association"] = "关联",
        ["dataObject"] = "数据对象", ["dataObjectReference"] = "数据对象引用", ["dataStoreReference"] = "数据存储引用",
    };

    private static readonly Dictionary<XName, string> Attributes = new()
    {
        ["name"] = "名称", ["sourceRef"] = "起点", ["targetRef"] = "终点", ["default"] = "默认顺序流",
        ["attachedToRef"] = "附着于", ["cancelActivity"] = "中断活动", ["calledElement"] = "调用的流程",
        ["messageRef"] = "消息", ["isExecutable"] = "可执行", ["triggeredByEvent"] = "由事件触发",
        [XName.Get("candidateRoles", Rc)] = "候选角色", [XName.Get("candidateUsers", Rc)] = "候选用户",
        [XName.Get("assignee", Rc)] = "办理人", [XName.Get("formKey", Rc)] = "表单", [XName.Get("dueDate", Rc)] = "办理期限",
        [XName.Get("dueLegalPeriod", Rc)] = "法定期限",
        [XName.Get("priority", Rc)] = "优先级", [XName.Get("handler", Rc)] = "处理程序",
        [XName.Get("correlationKey", Rc)] = "关联键", [XName.Get("collection", Rc)] = "多实例集合",
        [XName.Get("elementVariable", Rc)] = "元素变量",
    };

    /// <summary>The element type in Chinese; an unknown type keeps its BPMN name.</summary>
    public static string Type(string localName) => Types.GetValueOrDefault(localName) ?? localName;

    /// <summary>The attribute in Chinese; an unknown one keeps its name in the file.</summary>
    public static string Attribute(XName name) =>
        Attributes.GetValueOrDefault(name) ?? (name.NamespaceName == Rc ? "rc:" + name.LocalName : name.LocalName);
}
