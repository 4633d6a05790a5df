using System.Xml.Linq;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>Reads start, end, intermediate catch and boundary events and their one event definition.</summary>
internal sealed class EventReader(ParseContext context)
{
    public NodeDraft Read(XElement element, string id, string scopeId)
    {
        var kind = element.Name.LocalName switch
        {
            "startEvent" => EventKind.Start,
            "endEvent" => EventKind.End,
            "intermediateCatchEvent" => EventKind.IntermediateCatch,
            _ => EventKind.Boundary,
        };
        var describe = ElementNames.Describe(element, id);
        ChildElements.Check(context, element, id, IsDefinition);

        var definitions = element.Elements().Where(e => e.Name.Namespace == BpmnXml.Model && IsDefinition(e.Name.LocalName)).ToList();
        EventDefinition? definition = null;
        if (definitions.Count > 1)
        {
            context.Report(element, id, "unsupported-element",
                $"{describe}带有多个事件定义（多重事件），引擎不支持。请只保留一个事件定义。");
            definition = new RejectedDefinition("multiple");
        }
        else if (definitions.Count == 1)
            definition = ReadDefinition(element, definitions[0], kind, id, describe);
        else if (kind is EventKind.IntermediateCatch or EventKind.Boundary)
            context.Report(element, id, "missing-event-definition",
                $"{describe}没有事件定义，请把它设为定时器事件或消息事件{(kind == EventKind.Boundary ? "（边界事件还可以是错误事件）" : "")}。");

        var cancelActivity = !string.Equals(BpmnXml.Attr(element, "cancelActivity"), "false", StringComparison.OrdinalIgnoreCase);
        if (kind == EventKind.Boundary && definition is ErrorDefinition && !cancelActivity)
            context.Report(element, id, "error-boundary-interrupting",
                $"{describe}是错误边界事件，必须中断所挂的活动，请把“中断活动”（cancelActivity）设为是。");

        var node = new Event
        {
            Id = id,
            Name = BpmnXml.Attr(element, "name"),
            ScopeId = scopeId,
            Kind = kind,
            Definition = definition,
            AttachedTo = kind == EventKind.Boundary ? BpmnXml.Attr(element, "attachedToRef") : null,
            CancelActivity = kind != EventKind.Boundary || cancelActivity,
        };
        return new NodeDraft(node, element);
    }

    private static bool IsDefinition(string localName) =>
        localName.EndsWith("EventDefinition", StringComparison.Ordinal);

    private EventDefinition ReadDefinition(XElement element, XElement definition, EventKind kind, string id, string describe)
    {
        var local = definition.Name.LocalName;
        var allowed = (local, kind) switch
        {
            ("timerEventDefinition" or "messageEventDefinition", EventKind.Start or EventKind.IntermediateCatch or EventKind.Boundary) => true,
            ("errorEventDefinition", EventKind.End or EventKind.Boundary) => true,
            ("terminateEventDefinition", EventKind.End) => true,
            _ => false,
        };
        if (!allowed)
        {
            var supportedElsewhere = local is "timerEventDefinition" or "messageEventDefinition" or "errorEventDefinition" or "terminateEventDefinition";
            context.Report(definition, id, "unsupported-element", supportedElsewhere
                ? $"{describe}不能带{UnsupportedElements.Kind(definition)}：{AllowedDefinitions(kind)}"
                : $"{describe}使用的{UnsupportedElements.Kind(definition)}不受引擎支持。{UnsupportedElements.AdviceFor(local)}");
            return new RejectedDefinition(local);
        }
        return local switch
        {
            "timerEventDefinition" => ReadTimer(definition, id, describe),
            "messageEventDefinition" => ReadMessage(element, definition, id, describe),
            "errorEventDefinition" => ReadError(definition, kind, id, describe),
            _ => new TerminateDefinition(),
        };
    }

    private static string AllowedDefinitions(EventKind kind) => kind switch
    {
        EventKind.Start => "开始事件只能是空开始、消息开始或定时器开始事件。",
        EventKind.End => "结束事件只能是空结束、终止结束或错误结束事件；要在结束时发出消息，请在结束事件前加一个发送任务（sendTask）。",
        EventKind.IntermediateCatch => "中间捕获事件只能等待定时器或消息。",
        _ => "边界事件只能是定时器、消息或错误边界事件。",
    };

    private EventDefinition ReadTimer(XElement definition, string id, string describe)
    {
        (string Name, TimerKind Kind)[] forms = [("timeDate", TimerKind.Date), ("timeDuration", TimerKind.Duration), ("timeCycle", TimerKind.Cycle)];
        var present = forms.Select(f => (f.Kind, Element: definition.Element(BpmnXml.Model + f.Name))).Where(f => f.Element is not null).ToList();
        if (present.Count != 1)
        {
            context.Report(definition, id, "timer-value", present.Count == 0
                ? $"{describe}的定时器没有设置时间，请填写日期（timeDate）、时长（timeDuration）或周期（timeCycle）中的一项。"
                : $"{describe}的定时器同时设置了多项时间，请只保留日期（timeDate）、时长（timeDuration）或周期（timeCycle）中的一项。");
            return new RejectedDefinition("timerEventDefinition");
        }
        var (timerKind, valueElement) = present[0];
        var value = BpmnXml.Clean(valueElement!.Value);
        if (value is null)
        {
            context.Report(valueElement, id, "timer-value", $"{describe}的定时器值为空，请填写时间，例如 P5WD（5个工作日）或 PT24H。");
            return new RejectedDefinition("timerEventDefinition");
        }
        context.CheckTimer(valueElement, id, describe, timerKind, value);
        return new TimerDefinition(timerKind, value);
    }

    private MessageDefinition ReadMessage(XElement element, XElement definition, string id, string describe)
    {
        var name = context.MessageName(BpmnXml.Attr(definition, "messageRef"), definition, id, describe);
        var correlationKey = BpmnXml.Extension(definition, "correlationKey") ?? BpmnXml.Extension(element, "correlationKey");
        if (correlationKey is not null)
            context.CheckExpression(element, id, $"{describe}的关联键（rc:correlationKey）", correlationKey);
        return new MessageDefinition(name ?? "", correlationKey);
    }

    private ErrorDefinition ReadError(XElement definition, EventKind kind, string id, string describe)
    {
        var errorRef = BpmnXml.Attr(definition, "errorRef");
        if (errorRef is null)
        {
            // A boundary without errorRef catches every error; an end event must say which error it throws.
            if (kind == EventKind.End)
                context.Report(definition, id, "unknown-error", $"{describe}没有指定要抛出的错误（errorRef），请选择一个错误。");
            return new ErrorDefinition(null);
        }
        return new ErrorDefinition(context.ErrorCode(errorRef, definition, id, describe));
    }
}
