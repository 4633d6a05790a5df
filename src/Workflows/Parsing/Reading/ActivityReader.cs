using System.Xml.Linq;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>Reads user, service, send and receive tasks, call activities and embedded sub-processes.</summary>
internal sealed class ActivityReader(ParseContext context)
{
    private static readonly string[] CamundaImplementations = ["class", "expression", "delegateExpression", "type"];

    public NodeDraft Read(XElement element, string id, string scopeId)
    {
        var local = element.Name.LocalName;
        var isServiceLike = local is "serviceTask" or "sendTask";
        ChildElements.Check(context, element, id, name => name == "multiInstanceLoopCharacteristics", allowParameters: isServiceLike);
        var multiInstance = MultiInstanceReader.Read(context, element, id);
        var describe = ElementNames.Describe(element, id);
        var name = BpmnXml.Attr(element, "name");

        Activity activity = local switch
        {
            "userTask" => ReadUserTask(element, id, describe),
            "serviceTask" or "sendTask" => ReadServiceTask(element, id, describe) with { IsSend = local == "sendTask" },
            "receiveTask" => ReadReceiveTask(element, id, describe),
            _ => ReadCallActivity(element, id, describe),
        };
        return new NodeDraft(activity with { Name = name, ScopeId = scopeId, MultiInstance = multiInstance }, element);
    }

    /// <summary>An embedded sub-process whose children the process reader has already read.</summary>
    public NodeDraft ReadSubProcess(XElement element, string id, string scopeId, IReadOnlyList<string> children)
    {
        var node = new SubProcess
        {
            Id = id,
            Name = BpmnXml.Attr(element, "name"),
            ScopeId = scopeId,
            Children = children,
            MultiInstance = MultiInstanceReader.Read(context, element, id),
        };
        return new NodeDraft(node, element);
    }

    private UserTask ReadUserTask(XElement element, string id, string describe)
    {
        var task = new UserTask
        {
            Id = id,
            ScopeId = "",
            CandidateRoles = BpmnXml.List(BpmnXml.Extension(element, "candidateRoles", "candidateGroups")),
            CandidateUsers = BpmnXml.List(BpmnXml.Extension(element, "candidateUsers", "candidateUsers")),
            Assignee = BpmnXml.Extension(element, "assignee", "assignee"),
            FormKey = BpmnXml.Extension(element, "formKey", "formKey"),
            DueDate = BpmnXml.Extension(element, "dueDate", "dueDate"),
            Priority = BpmnXml.Extension(element, "priority", "priority"),
        };
        if (task.Assignee is { } assignee && Expressions.IsWrapped(assignee))
            context.CheckExpression(element, id, $"{describe}的办理人（rc:assignee）", assignee);
        if (task.DueDate is { } dueDate)
        {
            if (Expressions.IsWrapped(dueDate))
                context.CheckExpression(element, id, $"{describe}的办理期限（rc:dueDate）", dueDate);
            else if (context.Options.CheckTimer(dueDate.StartsWith('P') ? TimerKind.Duration : TimerKind.Date, dueDate) is { } error)
                context.Report(element, id, "bad-due-date",
                    $"{describe}的办理期限（rc:dueDate）“{dueDate}”无效：{error.TrimEnd('。')}。请填写期间（如 P5WD）、日期，或 ${{…}} 表达式。");
        }
        if (task.Priority is { } priority)
        {
            if (Expressions.IsWrapped(priority))
                context.CheckExpression(element, id, $"{describe}的优先级（rc:priority）", priority);
            else if (!int.TryParse(priority, out _))
                context.Report(element, id, "bad-priority",
                    $"{describe}的优先级（rc:priority）“{priority}”不是整数，请填写整数（默认 50），或 ${{…}} 表达式。");
        }
        return task;
    }

    private ServiceTask ReadServiceTask(XElement element, string id, string describe)
    {
        var handler = BpmnXml.Extension(element, "handler");
        if (handler is null)
        {
            var camunda = CamundaImplementations.FirstOrDefault(a => element.Attribute(BpmnXml.Camunda + a) is not null);
            context.Report(element, id, "missing-handler", camunda is null
                ? $"{describe}缺少处理程序（rc:handler），请填写一个已注册的处理程序名称。"
                : $"{describe}用 camunda:{camunda} 指定实现，本引擎不执行 Camunda 的实现方式，请改用 rc:handler 填写已注册的处理程序名称。");
        }

        var parameters = new Dictionary<string, string>();
        var extensions = element.Element(BpmnXml.Model + "extensionElements");
        foreach (var parameter in extensions?.Elements(BpmnXml.Rc + "parameter") ?? [])
        {
            var name = BpmnXml.Attr(parameter, "name");
            if (name is null)
                context.Report(parameter, id, "bad-parameter", $"{describe}有一个参数（rc:parameter）没有名称，请填写 name 属性。");
            else if (!parameters.TryAdd(name, parameter.Value.Trim()))
                context.Report(parameter, id, "bad-parameter", $"{describe}的参数“{name}”出现了不止一次，请删除重复的参数。");
        }
        return new ServiceTask { Id = id, ScopeId = "", Handler = handler ?? "", Parameters = parameters };
    }

    private ReceiveTask ReadReceiveTask(XElement element, string id, string describe)
    {
        if (BpmnXml.IsTrue(element, "instantiate"))
            context.Report(element, id, "unsupported-element",
                $"{describe}设置了由它启动流程（instantiate=\"true\"），引擎不支持，请改用消息开始事件。");
        var messageName = context.MessageName(BpmnXml.Attr(element, "messageRef"), element, id, describe);
        var correlationKey = BpmnXml.Extension(element, "correlationKey");
        if (correlationKey is not null)
            context.CheckExpression(element, id, $"{describe}的关联键（rc:correlationKey）", correlationKey);
        return new ReceiveTask { Id = id, ScopeId = "", MessageName = messageName ?? "", CorrelationKey = correlationKey };
    }

    private CallActivity ReadCallActivity(XElement element, string id, string describe)
    {
        var called = BpmnXml.Attr(element, "calledElement");
        if (called is null)
            context.Report(element, id, "unknown-called-process", $"{describe}没有指定要调用的流程（calledElement），请填写流程编号。");
        else if (context.NonExecutableProcesses.Contains(called) && !context.Options.IsKnownProcess(called))
            context.Report(element, id, "unknown-called-process",
                $"{describe}调用的流程“{called}”在本文件中标记为不可执行（isExecutable=\"false\"），请把它设为可执行。");
        else if (!context.ExecutableProcesses.Contains(called) && !context.Options.IsKnownProcess(called))
            context.Report(element, id, "unknown-called-process",
                $"{describe}调用的流程“{called}”既不在本文件中，也没有部署过。请检查流程编号，或先部署该流程。");
        return new CallActivity { Id = id, ScopeId = "", CalledElement = called ?? "" };
    }
}
