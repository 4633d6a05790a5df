using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

public class UnsupportedElementTests
{
    [Theory]
    [InlineData("task", "用户任务")]
    [InlineData("scriptTask", "服务任务")]
    [InlineData("manualTask", "用户任务")]
    [InlineData("businessRuleTask", "服务任务")]
    [InlineData("complexGateway", "包容网关")]
    [InlineData("intermediateThrowEvent", "发送任务")]
    [InlineData("transaction", "子流程")]
    [InlineData("adHocSubProcess", "子流程")]
    public void Unsupported_flow_nodes_are_named_with_a_suggestion(string element, string suggestion)
    {
        // The node sits in the chain, so only the unsupported element itself is reported, not its neighbours.
        var problem = RejectsOnly(Bpmn.Around($"<bpmn:{element} id=\"N\" />"), "unsupported-element", "N");
        Assert.Contains(element, problem.Message);
        Assert.Contains(suggestion, problem.Message);
    }

    [Fact]
    public void An_event_sub_process_is_unsupported()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="E" /><bpmn:endEvent id="E" />
            <bpmn:subProcess id="Ev" triggeredByEvent="true"><bpmn:startEvent id="ES" /></bpmn:subProcess>
            """);
        var problem = RejectsOnly(xml, "unsupported-element", "Ev");
        Assert.Contains("边界事件", problem.Message);
    }

    [Theory]
    [InlineData("signalEventDefinition", "消息事件")]
    [InlineData("conditionalEventDefinition", "排他网关")]
    [InlineData("escalationEventDefinition", "错误事件")]
    [InlineData("compensateEventDefinition", "服务任务")]
    public void Unsupported_event_definitions_on_a_boundary(string definition, string suggestion)
    {
        var xml = Bpmn.Around("<bpmn:userTask id=\"N\" />", more: $"""
            <bpmn:boundaryEvent id="B" attachedToRef="N"><bpmn:{definition} /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="E2" /><bpmn:endEvent id="E2" />
            """);
        var problem = RejectsOnly(xml, "unsupported-element", "B");
        Assert.Contains(definition, problem.Message);
        Assert.Contains(suggestion, problem.Message);
    }

    [Theory]
    [InlineData("linkEventDefinition")]
    [InlineData("signalEventDefinition")]
    public void Unsupported_catch_events(string definition) =>
        RejectsOnly(Bpmn.Around($"<bpmn:intermediateCatchEvent id=\"N\"><bpmn:{definition} /></bpmn:intermediateCatchEvent>"),
            "unsupported-element", "N");

    [Fact]
    public void A_signal_start_event_is_unsupported_but_still_starts_the_graph()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S"><bpmn:signalEventDefinition signalRef="Sig" /></bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="E" /><bpmn:endEvent id="E" />
            """, """<bpmn:signal id="Sig" name="s" />""");
        RejectsOnly(xml, "unsupported-element", "S");
    }

    [Theory]
    [InlineData("endEvent", "timerEventDefinition", "<bpmn:timeDuration>PT1H</bpmn:timeDuration>")]
    [InlineData("endEvent", "messageEventDefinition", "")]
    [InlineData("startEvent", "errorEventDefinition", "")]
    [InlineData("startEvent", "terminateEventDefinition", "")]
    public void Supported_definitions_in_the_wrong_place(string eventElement, string definition, string content)
    {
        var special = $"<bpmn:{eventElement} id=\"X\"><bpmn:{definition}>{content}</bpmn:{definition}></bpmn:{eventElement}>";
        var xml = eventElement == "startEvent"
            ? Bpmn.Process(special + Bpmn.Flow("F1", "X", "E") + "<bpmn:endEvent id=\"E\" />")
            : Bpmn.Process("<bpmn:startEvent id=\"S\" />" + Bpmn.Flow("F1", "S", "X") + special);
        var problem = RejectsOnly(xml, "unsupported-element", "X");
        Assert.Contains(definition, problem.Message);
    }

    [Fact]
    public void Several_event_definitions_on_one_event_are_unsupported()
    {
        var xml = Bpmn.Around("""
            <bpmn:intermediateCatchEvent id="N">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
              <bpmn:messageEventDefinition messageRef="M" />
            </bpmn:intermediateCatchEvent>
            """, """<bpmn:message id="M" name="m" />""");
        RejectsOnly(xml, "unsupported-element", "N");
    }

    [Fact]
    public void Standard_loops_and_data_content_are_unsupported()
    {
        var xml = Bpmn.Around("""
            <bpmn:userTask id="N"><bpmn:standardLoopCharacteristics /></bpmn:userTask>
            <bpmn:dataObjectReference id="DoRef" dataObjectRef="Do" /><bpmn:dataObject id="Do" />
            """);
        var problems = Parse(xml).Problems;
        Assert.Contains(problems, p => p.Rule == "unsupported-element" && p.ElementId == "N" && p.Message.Contains("多实例"));
        Assert.Contains(problems, p => p.Rule == "unsupported-element" && p.ElementId == "DoRef");
        Assert.Contains(problems, p => p.Rule == "unsupported-element" && p.ElementId == "Do");
    }

    [Fact]
    public void Camunda_listeners_are_reported_and_camunda_properties_accepted()
    {
        var xml = Bpmn.Around("""
            <bpmn:userTask id="N"><bpmn:extensionElements>
              <camunda:properties><camunda:property name="k" value="v" /></camunda:properties>
              <camunda:taskListener class="org.example.Listener" event="create" />
            </bpmn:extensionElements></bpmn:userTask>
            """);
        var problem = RejectsOnly(xml, "unsupported-element", "N");
        Assert.Contains("camunda:taskListener", problem.Message);
    }

    [Fact]
    public void Lanes_annotations_groups_and_documentation_are_accepted()
    {
        var xml = Bpmn.Around("""
            <bpmn:userTask id="N"><bpmn:documentation>审查申请</bpmn:documentation></bpmn:userTask>
            <bpmn:laneSet id="Ls"><bpmn:lane id="L1"><bpmn:flowNodeRef>N</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
            <bpmn:textAnnotation id="Ta"><bpmn:text>注释</bpmn:text></bpmn:textAnnotation>
            <bpmn:association id="As" sourceRef="N" targetRef="Ta" />
            <bpmn:group id="G" />
            """);
        Accepts(xml);
    }

    [Fact]
    public void A_misspelt_rc_attribute_is_an_unknown_attribute()
    {
        var problem = RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N" rc:candidateRole="承办人" />"""), "unknown-attribute", "N");
        Assert.Contains("rc:candidateRoles", problem.Message);
    }

    [Fact]
    public void An_rc_attribute_on_an_element_without_extensions_is_unknown() =>
        RejectsOnly(Bpmn.Around("""<bpmn:exclusiveGateway id="N" rc:handler="x" />"""), "unknown-attribute", "N");
}
