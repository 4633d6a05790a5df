using System.Xml.Linq;

namespace Reconsideration.Workflows.Parsing.Rules;

/// <summary><c>duplicate-id</c>: ids are unique across the whole file (BPMN elements; diagram interchange is ignored).</summary>
internal static class DuplicateIdRule
{
    public static void Check(XElement definitions, ParseContext context)
    {
        var seen = new Dictionary<string, XElement>();
        foreach (var element in definitions.DescendantsAndSelf().Where(e => e.Name.Namespace == BpmnXml.Model))
        {
            if (BpmnXml.Id(element) is not { } id || seen.TryAdd(id, element)) continue;
            var first = seen[id];
            context.Report(element, id, "duplicate-id",
                $"编号“{id}”重复：第{BpmnXml.Line(first)}行的{ElementNames.Of(first)}已经用了这个编号。文件中每个元素的编号必须唯一，请给这里的{ElementNames.Of(element)}换一个编号。");
        }
    }
}
