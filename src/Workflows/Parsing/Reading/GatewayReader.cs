using System.Xml.Linq;
using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>Reads exclusive, parallel, inclusive and event-based gateways.</summary>
internal sealed class GatewayReader(ParseContext context)
{
    public NodeDraft Read(XElement element, string id, string scopeId)
    {
        var kind = element.Name.LocalName switch
        {
            "exclusiveGateway" => GatewayKind.Exclusive,
            "parallelGateway" => GatewayKind.Parallel,
            "inclusiveGateway" => GatewayKind.Inclusive,
            _ => GatewayKind.EventBased,
        };
        ChildElements.Check(context, element, id, _ => false);
        if (kind == GatewayKind.EventBased
            && (BpmnXml.IsTrue(element, "instantiate") || string.Equals(BpmnXml.Attr(element, "eventGatewayType"), "Parallel", StringComparison.OrdinalIgnoreCase)))
            context.Report(element, id, "unsupported-element",
                $"{ElementNames.Describe(element, id)}设置了启动流程（instantiate）或并行事件网关（eventGatewayType=\"Parallel\"），引擎不支持。请改用消息或定时器开始事件。");

        var gateway = new Gateway
        {
            Id = id,
            Name = BpmnXml.Attr(element, "name"),
            ScopeId = scopeId,
            Kind = kind,
            // The gateway rule reports a default on any other kind of node.
            Default = kind is GatewayKind.Exclusive or GatewayKind.Inclusive ? BpmnXml.Attr(element, "default") : null,
        };
        return new NodeDraft(gateway, element);
    }
}
