using System.Xml.Linq;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Timers;
using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

/// <summary>The realistic files in Parsing/Samples, drawn with diagram interchange as bpmn-js saves them.</summary>
public class SampleFileTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "Samples", name));

    [Theory]
    [InlineData("decision-approval.bpmn")]
    [InlineData("correction-notice.bpmn")]
    [InlineData("hearing-and-discussion.bpmn")]
    public void Every_sample_is_accepted_with_and_without_its_diagram(string name)
    {
        var xml = Sample(name);
        var withDiagram = Accepts(xml);

        var document = XDocument.Parse(xml);
        document.Root!.Elements().Where(e => e.Name.LocalName == "BPMNDiagram").Remove();
        var withoutDiagram = Accepts(document.ToString());

        Assert.Equal(withDiagram.Processes.Select(p => p.Id), withoutDiagram.Processes.Select(p => p.Id));
        Assert.Equal(withDiagram.Processes.SelectMany(p => p.Nodes.Keys).Order(), withoutDiagram.Processes.SelectMany(p => p.Nodes.Keys).Order());
    }

    [Fact]
    public void Decision_approval_splits_in_parallel_and_reminds_by_a_non_interrupting_timer()
    {
        var model = Accepts(Sample("decision-approval.bpmn"));
        var process = model.Process("decision-approval")!;
        Assert.Equal("复议决定审批", process.Name);
        Assert.Equal((13, 13), (process.Nodes.Count, process.Flows.Count));

        var split = model.Node<Gateway>("Gateway_Split", "decision-approval");
        Assert.Equal((GatewayKind.Parallel, 2), (split.Kind, split.Outgoing.Count));
        Assert.Equal(2, model.Node<Gateway>("Gateway_Join", "decision-approval").Incoming.Count);

        var remind = model.Node<Event>("Event_Remind", "decision-approval");
        Assert.Equal(new TimerDefinition(TimerKind.Duration, "P3WD"), remind.Definition);
        Assert.False(remind.CancelActivity);
        Assert.Equal(["Event_Remind"], model.Node<UserTask>("Activity_LegalReview", "decision-approval").BoundaryEvents);

        Assert.Equal("Flow_Return", model.Node<Gateway>("Gateway_Decision", "decision-approval").Default);
        Assert.Equal(["Flow_1", "Flow_Return"], model.Node<UserTask>("Activity_Draft", "decision-approval").Incoming);
        Assert.True(model.Node<ServiceTask>("Activity_Remind", "decision-approval").IsSend);
        Assert.Equal("行政复议决定书", model.Node<ServiceTask>("Activity_Generate", "decision-approval").Parameters["template"]);
    }

    [Fact]
    public void Correction_notice_waits_for_material_or_the_deadline()
    {
        var model = Accepts(Sample("correction-notice.bpmn"));
        const string p = "acceptance-review";
        Assert.Equal(new MessageDefinition("复议申请已提交", null), model.Node<Event>("Event_Received", p).Definition);
        Assert.Equal(GatewayKind.EventBased, model.Node<Gateway>("Gateway_Wait", p).Kind);
        Assert.Equal(new MessageDefinition("补正材料已提交", "caseNo"), model.Node<Event>("Event_Corrected", p).Definition);
        Assert.Equal(new TimerDefinition(TimerKind.Duration, "P10CD"), model.Node<Event>("Event_Deadline", p).Definition);
        Assert.IsType<TerminateDefinition>(model.Node<Event>("Event_Abandoned", p).Definition);
        Assert.DoesNotContain(model.Process(p)!.StartEvents, s => s.Definition is null);
    }

    [Fact]
    public void Hearing_calls_the_discussion_process_of_the_same_file()
    {
        var model = Accepts(Sample("hearing-and-discussion.bpmn"));
        Assert.Equal(["hearing", "collective-discussion"], model.Processes.Select(p => p.Id));
        Assert.Equal("collective-discussion", model.Node<CallActivity>("Activity_Discuss", "hearing").CalledElement);

        var investigate = model.Node<SubProcess>("Activity_Investigate", "hearing");
        Assert.Equal(["Event_InvestigateStart", "Activity_Collect", "Gateway_Evidence", "Event_InvestigateEnd", "Event_NoEvidence"], investigate.Children);
        Assert.Equal(["Event_CatchNoEvidence"], investigate.BoundaryEvents);
        Assert.Equal(new ErrorDefinition("EVIDENCE_INSUFFICIENT"), model.Node<Event>("Event_NoEvidence", "hearing").Definition);
        Assert.Equal(new ErrorDefinition("EVIDENCE_INSUFFICIENT"), model.Node<Event>("Event_CatchNoEvidence", "hearing").Definition);
        Assert.Equal("Activity_Investigate", model.Node<Event>("Event_NoEvidence", "hearing").ScopeId);

        var opinions = model.Node<UserTask>("Activity_Opinions", "collective-discussion").MultiInstance!;
        Assert.Equal(("${ committeeMembers }", "member", false), (opinions.Collection, opinions.ElementVariable, opinions.IsSequential));
        Assert.Equal("${ nrOfCompletedInstances * 3 >= nrOfInstances * 2 }", opinions.CompletionCondition);
        Assert.Equal(GatewayKind.Inclusive, model.Node<Gateway>("Gateway_Merge", "collective-discussion").Kind);
    }
}
