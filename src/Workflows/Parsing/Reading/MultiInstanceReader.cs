using System.Xml.Linq;
using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing.Reading;

/// <summary>Reads bpmn:multiInstanceLoopCharacteristics with our (or Camunda's) collection attributes.</summary>
internal static class MultiInstanceReader
{
    private static readonly HashSet<string> Children = ["documentation", "extensionElements", "loopCardinality", "completionCondition"];

    public static MultiInstance? Read(ParseContext context, XElement activity, string id)
    {
        var element = activity.Element(BpmnXml.Model + "multiInstanceLoopCharacteristics");
        if (element is null) return null;
        var describe = ElementNames.Describe(activity, id);

        foreach (var child in element.Elements())
        {
            if (child.Name.Namespace == BpmnXml.Model && child.Name.LocalName == "extensionElements")
                ExtensionElements.Check(context, child, id, describe, allowParameters: false);
            else if (child.Name.Namespace != BpmnXml.Model || !Children.Contains(child.Name.LocalName))
                UnsupportedElements.ReportPart(context, child, id, $"{describe}的多实例设置");
        }

        var multiInstance = new MultiInstance
        {
            IsSequential = BpmnXml.IsTrue(element, "isSequential"),
            LoopCardinality = BpmnXml.ChildText(element, "loopCardinality"),
            Collection = BpmnXml.Extension(element, "collection", "collection"),
            ElementVariable = BpmnXml.Extension(element, "elementVariable", "elementVariable"),
            CompletionCondition = BpmnXml.ChildText(element, "completionCondition"),
        };

        if ((multiInstance.LoopCardinality is null) == (multiInstance.Collection is null))
            context.Report(element, id, "multi-instance-source", multiInstance.LoopCardinality is null
                ? $"{describe}是多实例，但没有说明实例从哪里来：请填写循环次数（loopCardinality）或集合（rc:collection）中的一项。"
                : $"{describe}的多实例同时设置了循环次数（loopCardinality）和集合（rc:collection），请只保留一项。");
        if (multiInstance.ElementVariable is not null && multiInstance.Collection is null)
            context.Report(element, id, "multi-instance-source",
                $"{describe}设置了元素变量（rc:elementVariable）却没有集合（rc:collection），请补上集合或删除元素变量。");

        if (multiInstance.LoopCardinality is { } cardinality)
            context.CheckExpression(element, id, $"{describe}的循环次数", cardinality);
        if (multiInstance.Collection is { } collection)
            context.CheckExpression(element, id, $"{describe}的集合", collection);
        if (multiInstance.CompletionCondition is { } completion)
            context.CheckExpression(element, id, $"{describe}的完成条件", completion);
        return multiInstance;
    }
}
