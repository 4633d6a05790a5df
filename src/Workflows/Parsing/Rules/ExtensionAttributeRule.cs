using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary><c>unknown-attribute</c>: an rc: attribute the element does not take (usually a typo) would silently do nothing.</summary>
internal sealed class ExtensionAttributeRule : IProcessRule
{
    private static readonly string[] CorrelationKey = ["correlationKey"];
    private static readonly string[] Handler = ["handler"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        // rc:dueLegalPeriod names the period rc:dueDate was picked as (a label the designer shows); the engine does not read it.
        ["userTask"] = ["candidateRoles", "candidateUsers", "assignee", "formKey", "dueDate", "dueLegalPeriod", "priority"],
        ["serviceTask"] = Handler,
        ["sendTask"] = Handler,
        ["receiveTask"] = CorrelationKey,
        ["startEvent"] = CorrelationKey,
        ["intermediateCatchEvent"] = CorrelationKey,
        ["boundaryEvent"] = CorrelationKey,
        ["messageEventDefinition"] = CorrelationKey,
        ["multiInstanceLoopCharacteristics"] = ["collection", "elementVariable"],
    };

    public void Check(ProcessGraph graph, ParseContext context)
    {
        var elements = graph.Draft.Element.DescendantsAndSelf()
            .Where(e => !e.Ancestors().Any(a => BpmnXml.Is(a, "extensionElements")));
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == BpmnXml.Rc))
            {
                var allowed = element.Name.Namespace == BpmnXml.Model && Allowed.TryGetValue(element.Name.LocalName, out var names) ? names : [];
                if (allowed.Contains(attribute.Name.LocalName)) continue;
                var owner = element.AncestorsAndSelf().FirstOrDefault(e => BpmnXml.Id(e) is not null);
                var ownerId = owner is null ? null : BpmnXml.Id(owner);
                var where = owner is null || ownerId is null ? ElementNames.Of(element) : ElementNames.Describe(owner, ownerId);
                var hint = allowed.Length == 0
                    ? "这类元素没有 rc: 扩展属性"
                    : "这里可用的有 " + string.Join("、", allowed.Select(a => "rc:" + a));
                context.Report(element, ownerId, "unknown-attribute",
                    $"{where}上的扩展属性 rc:{attribute.Name.LocalName} 不是本引擎认识的属性（{hint}），请检查拼写或删除它。");
            }
        }
    }
}
