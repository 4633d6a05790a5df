using System.Xml.Linq;
using Reconsideration.Workflows.Parsing;

namespace Reconsideration.Workflows.Tests.Parsing;

/// <summary>Broken files never make the parser throw: every damage gives problems, never an exception or a half model.</summary>
public class RobustnessTests
{
    private static readonly XNamespace BpmnNs = Bpmn.BpmnNs;

    [Theory]
    [InlineData("decision-approval.bpmn")]
    [InlineData("correction-notice.bpmn")]
    [InlineData("hearing-and-discussion.bpmn")]
    public void Removing_any_element_or_attribute_of_a_sample_never_throws(string name)
    {
        var original = XDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "Samples", name)));
        var elements = original.Root!.Descendants().Where(e => e.Name.Namespace == BpmnNs).ToList();
        var attributeCount = elements.Sum(e => e.Attributes().Count());

        for (var i = 0; i < elements.Count; i++)
            Check(original, document => Descendant(document, i).Remove());
        for (var i = 0; i < attributeCount; i++)
            Check(original, document => document.Root!.Descendants().Where(e => e.Name.Namespace == BpmnNs)
                .SelectMany(e => e.Attributes()).ElementAt(i).Remove());
    }

    [Theory]
    [InlineData("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process /></bpmn:definitions>")]
    [InlineData("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"P\"><bpmn:subProcess><bpmn:startEvent id=\"S\" /></bpmn:subProcess><bpmn:sequenceFlow /></bpmn:process></bpmn:definitions>")]
    [InlineData("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"P\"><bpmn:boundaryEvent id=\"B\" attachedToRef=\"B\" /><bpmn:sequenceFlow id=\"F\" sourceRef=\"B\" targetRef=\"B\" /></bpmn:process></bpmn:definitions>")]
    public void Degenerate_files_give_problems(string xml)
    {
        var result = BpmnParser.Parse(xml, TestOptions.Default);
        Assert.Null(result.Model);
        Assert.NotEmpty(result.Problems);
    }

    private static XElement Descendant(XDocument document, int index) =>
        document.Root!.Descendants().Where(e => e.Name.Namespace == BpmnNs).ElementAt(index);

    private static void Check(XDocument original, Action<XDocument> damage)
    {
        var copy = new XDocument(original);
        damage(copy);
        var result = BpmnParser.Parse(copy.ToString(), TestOptions.Default);
        Assert.True(result.Model is null != (result.Problems.Count == 0));
    }
}
