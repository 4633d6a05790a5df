using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

public class GraphRuleTests
{
    [Fact]
    public void A_flow_without_target()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="S" />
            """);
        var problem = Rejects(xml, "missing-target", "Flow_3");
        Assert.Equal("连线“Flow_3”缺少目标节点（targetRef），请把它连到一个节点上。", problem.Message);
    }

    [Fact]
    public void A_flow_to_an_unknown_node() =>
        Rejects(Bpmn.Around("<bpmn:userTask id=\"N\" />", more: Bpmn.Flow("F3", "N", "Nowhere")), "missing-target", "F3");

    [Fact]
    public void A_flow_without_source() =>
        Rejects(Bpmn.Around("<bpmn:userTask id=\"N\" />", more: "<bpmn:sequenceFlow id=\"F3\" targetRef=\"E\" />"), "missing-source", "F3");

    [Fact]
    public void A_flow_from_an_unknown_node()
    {
        var problem = Rejects(Bpmn.Around("<bpmn:userTask id=\"N\" />", more: Bpmn.Flow("F3", "Ghost", "E")), "missing-source", "F3");
        Assert.Contains("Ghost", problem.Message);
    }

    [Fact]
    public void A_flow_from_inside_a_sub_process_to_outside_crosses_its_scope()
    {
        var xml = Bpmn.Around("""
            <bpmn:subProcess id="N">
              <bpmn:startEvent id="SS" />
              <bpmn:sequenceFlow id="SF1" sourceRef="SS" targetRef="SE" />
              <bpmn:endEvent id="SE" />
              <bpmn:sequenceFlow id="Out" sourceRef="SS" targetRef="E" />
            </bpmn:subProcess>
            """);
        Rejects(xml, "flow-crosses-scope", "Out");
    }

    [Fact]
    public void A_process_without_start_event()
    {
        var xml = Bpmn.Process("""<bpmn:userTask id="T" /><bpmn:sequenceFlow id="F" sourceRef="T" targetRef="E" /><bpmn:endEvent id="E" />""");
        Rejects(xml, "no-start-event", "P");
    }

    [Fact]
    public void Two_none_start_events()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S1" /><bpmn:startEvent id="S2" />
            <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="E" /><bpmn:sequenceFlow id="F2" sourceRef="S2" targetRef="E" />
            <bpmn:endEvent id="E" />
            """);
        RejectsOnly(xml, "several-none-starts", "S2");
    }

    [Fact]
    public void A_none_start_beside_message_and_timer_starts_is_fine()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S1" />
            <bpmn:startEvent id="S2"><bpmn:messageEventDefinition messageRef="M" /></bpmn:startEvent>
            <bpmn:startEvent id="S3"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="E" /><bpmn:sequenceFlow id="F2" sourceRef="S2" targetRef="E" />
            <bpmn:sequenceFlow id="F3" sourceRef="S3" targetRef="E" />
            <bpmn:endEvent id="E" />
            """, """<bpmn:message id="M" name="申请提交" />""");
        Accepts(xml);
    }

    [Fact]
    public void A_sub_process_without_start_event() =>
        Rejects(Bpmn.Around("""<bpmn:subProcess id="N"><bpmn:userTask id="In" /></bpmn:subProcess>"""), "sub-process-start", "N");

    [Fact]
    public void A_sub_process_with_two_start_events()
    {
        var xml = Bpmn.Around("""
            <bpmn:subProcess id="N">
              <bpmn:startEvent id="A" /><bpmn:startEvent id="B" />
              <bpmn:sequenceFlow id="SF1" sourceRef="A" targetRef="SE" /><bpmn:sequenceFlow id="SF2" sourceRef="B" targetRef="SE" />
              <bpmn:endEvent id="SE" />
            </bpmn:subProcess>
            """);
        RejectsOnly(xml, "sub-process-start", "N");
    }

    [Fact]
    public void A_timer_start_in_a_sub_process()
    {
        var xml = Bpmn.Around("""
            <bpmn:subProcess id="N">
              <bpmn:startEvent id="A"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
              <bpmn:sequenceFlow id="SF1" sourceRef="A" targetRef="SE" /><bpmn:endEvent id="SE" />
            </bpmn:subProcess>
            """);
        Rejects(xml, "sub-process-start", "A");
        Rejects(xml, "sub-process-start", "N");
    }

    [Fact]
    public void A_start_event_with_incoming_flow() =>
        Rejects(Bpmn.Around("<bpmn:userTask id=\"N\" />", more: Bpmn.Flow("Back", "N", "S")), "incoming-not-allowed", "S");

    [Fact]
    public void A_boundary_event_with_incoming_flow()
    {
        var xml = Bpmn.Around("<bpmn:userTask id=\"N\" />", more: """
            <bpmn:boundaryEvent id="B" attachedToRef="N"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="E" /><bpmn:sequenceFlow id="F4" sourceRef="S" targetRef="B" />
            """);
        RejectsOnly(xml, "incoming-not-allowed", "B");
    }

    [Fact]
    public void An_end_event_with_outgoing_flow() =>
        Rejects(Bpmn.Around("<bpmn:userTask id=\"N\" />", more: Bpmn.Flow("After", "E", "N")), "outgoing-not-allowed", "E");

    [Fact]
    public void A_task_without_outgoing_flow() =>
        RejectsOnly(Bpmn.Process("""<bpmn:startEvent id="S" />""" + Bpmn.Flow("F1", "S", "T") + """<bpmn:userTask id="T" />"""), "no-outgoing", "T");

    [Fact]
    public void A_task_without_incoming_flow() =>
        RejectsOnly(Bpmn.Around("<bpmn:userTask id=\"N\" />", more: "<bpmn:userTask id=\"Lonely\" />" + Bpmn.Flow("F3", "Lonely", "E")),
            "no-incoming", "Lonely");

    [Fact]
    public void A_loop_nobody_enters_is_unreachable_once_each()
    {
        var xml = Bpmn.Around("<bpmn:userTask id=\"N\" />", more: """
            <bpmn:userTask id="L1" /><bpmn:userTask id="L2" />
            <bpmn:sequenceFlow id="L12" sourceRef="L1" targetRef="L2" /><bpmn:sequenceFlow id="L21" sourceRef="L2" targetRef="L1" />
            """);
        var problems = Parse(xml).Problems;
        Assert.Equal(["L1", "L2"], problems.Where(p => p.Rule == "unreachable").Select(p => p.ElementId).Order());
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void The_inside_of_an_unreachable_sub_process_is_not_repeated()
    {
        var xml = Bpmn.Around("<bpmn:userTask id=\"N\" />", more: """
            <bpmn:userTask id="L" /><bpmn:sequenceFlow id="LX" sourceRef="L" targetRef="X" /><bpmn:sequenceFlow id="XL" sourceRef="X" targetRef="L" />
            <bpmn:subProcess id="X">
              <bpmn:startEvent id="XS" /><bpmn:sequenceFlow id="XF" sourceRef="XS" targetRef="XT" />
              <bpmn:userTask id="XT" /><bpmn:sequenceFlow id="XF2" sourceRef="XT" targetRef="XE" /><bpmn:endEvent id="XE" />
            </bpmn:subProcess>
            """);
        var unreachable = Parse(xml).Problems.Where(p => p.Rule == "unreachable").Select(p => p.ElementId).Order();
        Assert.Equal(["L", "X"], unreachable);
    }

    [Fact]
    public void Boundary_paths_and_sub_process_insides_are_reachable()
    {
        var xml = Bpmn.Around("""
            <bpmn:subProcess id="N">
              <bpmn:startEvent id="SS" /><bpmn:sequenceFlow id="SF" sourceRef="SS" targetRef="ST" />
              <bpmn:userTask id="ST" /><bpmn:sequenceFlow id="SF2" sourceRef="ST" targetRef="SE" /><bpmn:endEvent id="SE" />
            </bpmn:subProcess>
            """, more: """
            <bpmn:boundaryEvent id="B" attachedToRef="N"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="Late" /><bpmn:userTask id="Late" />
            <bpmn:sequenceFlow id="F4" sourceRef="Late" targetRef="E" />
            """);
        Accepts(xml);
    }
}
