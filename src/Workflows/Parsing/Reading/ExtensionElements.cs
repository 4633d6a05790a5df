using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>
/// Checks bpmn:extensionElements. Our rc:parameter is read by the service task reader; Camunda extensions that
/// carry behaviour (listeners, input/output mappings, form data …) would silently do nothing here, so they are
/// reported. Elements of other namespaces are tool metadata and are left alone.
/// </summary>
internal static class ExtensionElements
{
    public static void Check(ParseContext context, XElement extensionElements, string? ownerId, string owner, bool allowParameters)
    {
        foreach (var child in extensionElements.Elements())
        {
            var local = child.Name.LocalName;
            if (child.Name.Namespace == BpmnXml.Rc && !(allowParameters && local == "parameter"))
                context.Report(child, ownerId, "unsupported-element",
                    $"{owner}中的扩展元素 rc:{local} 不是本引擎认识的扩展，请检查拼写或删除它（rc:parameter 只能用在服务任务和发送任务上）。");
            else if (child.Name.Namespace == BpmnXml.Camunda && local != "properties")
                context.Report(child, ownerId, "unsupported-element",
                    $"{owner}中的 Camunda 扩展元素 camunda:{local} 不会被本引擎执行，请删除它。{CamundaAdvice(local)}");
        }
    }

    private static string CamundaAdvice(string local) => local switch
    {
        "taskListener" or "executionListener" => "需要系统执行的步骤请画成服务任务，用 rc:handler 指定处理程序。",
        "inputOutput" or "in" or "out" => "本引擎不读取 Camunda 的变量映射。",
        "formData" => "表单请用 rc:formKey 指定。",
        "failedJobRetryTimeCycle" => "失败重试由引擎统一按退避策略处理。",
        _ => "",
    };
}
