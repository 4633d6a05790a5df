using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Timers;
using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

/// <summary>Each supported element kind comes out as the right model record, with its attributes.</summary>
public class RoundTripTests
{
    private const string Message = """<bpmn:message id="Msg_1" name="补正材料已提交" />""";

    [Fact]
    public void User_task()
    {
        var model = Accepts(Bpmn.Around("""
            <bpmn:userTask id="N" name="审查申请" rc:candidateRoles=" 承办人 ,法制审核员,, " rc:candidateUsers="zhang"
                rc:assignee="${ caseHandler }" rc:formKey="forms/review" rc:dueDate="P5WD" rc:priority="70" />
            """));
        var task = model.Node<UserTask>("N");
        Assert.Equal(("审查申请", "P"), (task.Name, task.ScopeId));
        Assert.Equal(["承办人", "法制审核员"], task.CandidateRoles);
        Assert.Equal(["zhang"], task.CandidateUsers);
        Assert.Equal(("${ caseHandler }", "forms/review", "P5WD", "70"), (task.Assignee, task.FormKey, task.DueDate, task.Priority));
        Assert.Equal(["F1"], task.Incoming);
        Assert.Equal(["F2"], task.Outgoing);
        Assert.Null(task.MultiInstance);
        Assert.Empty(task.BoundaryEvents);
    }

    [Fact]
    public void Service_task_with_parameters()
    {
        var model = Accepts(Bpmn.Around("""
            <bpmn:serviceTask id="N" rc:handler="documents.generate">
              <bpmn:extensionElements>
                <rc:parameter name="template">受理通知书</rc:parameter>
                <rc:parameter name="copies"> 2 </rc:parameter>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            """));
        var task = model.Node<ServiceTask>("N");
        Assert.Equal(("documents.generate", false), (task.Handler, task.IsSend));
        Assert.Equal(new Dictionary<string, string> { ["template"] = "受理通知书", ["copies"] = "2" }, task.Parameters);
    }

    [Fact]
    public void Send_task_is_a_service_task_marked_send()
    {
        var task = Accepts(Bpmn.Around("""<bpmn:sendTask id="N" rc:handler="sms.send" />""")).Node<ServiceTask>("N");
        Assert.Equal(("sms.send", true), (task.Handler, task.IsSend));
    }

    [Fact]
    public void Receive_task()
    {
        var task = Accepts(Bpmn.Around("""<bpmn:receiveTask id="N" messageRef="Msg_1" rc:correlationKey="caseNo" />""", Message)).Node<ReceiveTask>("N");
        Assert.Equal(("补正材料已提交", "caseNo"), (task.MessageName, task.CorrelationKey));
    }

    [Fact]
    public void Call_activity() =>
        Assert.Equal("P", Accepts(Bpmn.Around("""<bpmn:callActivity id="N" calledElement="P" />""")).Node<CallActivity>("N").CalledElement);

    [Theory]
    [InlineData("exclusiveGateway", "Exclusive")]
    [InlineData("parallelGateway", "Parallel")]
    [InlineData("inclusiveGateway", "Inclusive")]
    public void Gateways(string element, string kind) =>
        Assert.Equal(Enum.Parse<GatewayKind>(kind), Accepts(Bpmn.Around($"<bpmn:{element} id=\"N\" />")).Node<Gateway>("N").Kind);

    [Fact]
    public void Sub_process_holds_its_children_in_its_own_scope()
    {
        var model = Accepts(Bpmn.Around("""
            <bpmn:subProcess id="N" name="调查取证">
              <bpmn:startEvent id="SS" /><bpmn:sequenceFlow id="SF1" sourceRef="SS" targetRef="ST" />
              <bpmn:userTask id="ST" /><bpmn:sequenceFlow id="SF2" sourceRef="ST" targetRef="SE" />
              <bpmn:endEvent id="SE" />
            </bpmn:subProcess>
            """));
        var sub = model.Node<SubProcess>("N");
        Assert.Equal(["SS", "ST", "SE"], sub.Children);
        Assert.Equal("P", sub.ScopeId);
        Assert.Equal("N", model.Node<UserTask>("ST").ScopeId);
        Assert.Equal("SS", model.Process("P")!.NoneStart("N")!.Id);
        Assert.Equal(["S"], model.Process("P")!.StartEvents.Select(s => s.Id));
        Assert.Equal(new SequenceFlow { Id = "SF2", Source = "ST", Target = "SE" }, model.Process("P")!.Flow("SF2"));
    }

    [Theory]
    [InlineData("<bpmn:timerEventDefinition><bpmn:timeDuration> P10D </bpmn:timeDuration></bpmn:timerEventDefinition>")]
    [InlineData("<bpmn:messageEventDefinition messageRef=\"Msg_1\" rc:correlationKey=\"${ caseNo }\" />")]
    public void Intermediate_catch_events(string definition)
    {
        var node = Accepts(Bpmn.Around($"<bpmn:intermediateCatchEvent id=\"N\">{definition}</bpmn:intermediateCatchEvent>", Message)).Node<Event>("N");
        Assert.Equal(EventKind.IntermediateCatch, node.Kind);
        EventDefinition expected = definition.Contains("timer")
            ? new TimerDefinition(TimerKind.Duration, "P10D")
            : new MessageDefinition("补正材料已提交", "${ caseNo }");
        Assert.Equal(expected, node.Definition);
    }

    [Fact]
    public void Start_events()
    {
        var model = Accepts(Bpmn.Process("""
            <bpmn:startEvent id="S1" name="申请提交"><bpmn:messageEventDefinition messageRef="Msg_1" /></bpmn:startEvent>
            <bpmn:startEvent id="S2"><bpmn:timerEventDefinition><bpmn:timeDate>2026-03-01T09:00:00+08:00</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="E" /><bpmn:sequenceFlow id="F2" sourceRef="S2" targetRef="E" />
            <bpmn:endEvent id="E" />
            """, Message));
        Assert.Equal(new MessageDefinition("补正材料已提交", null), model.Node<Event>("S1").Definition);
        Assert.Equal(new TimerDefinition(TimerKind.Date, "2026-03-01T09:00:00+08:00"), model.Node<Event>("S2").Definition);
        Assert.Null(model.Process("P")!.NoneStart("P"));
        Assert.Equal(["F1", "F2"], model.Node<Event>("E").Incoming);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("<bpmn:terminateEventDefinition />", "terminate")]
    [InlineData("<bpmn:errorEventDefinition errorRef=\"Err_1\" />", "error")]
    public void End_events(string definition, string? kind)
    {
        var model = Accepts(Bpmn.Process($"""<bpmn:startEvent id="S" />{Bpmn.Flow("F", "S", "E")}<bpmn:endEvent id="E">{definition}</bpmn:endEvent>""",
            """<bpmn:error id="Err_1" name="不予受理" errorCode="REJECTED" />"""));
        var end = model.Node<Event>("E");
        Assert.Equal(EventKind.End, end.Kind);
        EventDefinition? expected = kind switch { "terminate" => new TerminateDefinition(), "error" => new ErrorDefinition("REJECTED"), _ => null };
        Assert.Equal(expected, end.Definition);
    }

    [Fact]
    public void Boundary_events_of_each_kind()
    {
        var model = Accepts(Bpmn.Around("<bpmn:userTask id=\"N\" />", Message + """<bpmn:error id="Err_1" errorCode="RETURNED" />""", """
            <bpmn:boundaryEvent id="B1" attachedToRef="N"><bpmn:messageEventDefinition messageRef="Msg_1" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="B2" attachedToRef="N" cancelActivity="false"><bpmn:messageEventDefinition messageRef="Msg_1" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="B3" attachedToRef="N"><bpmn:errorEventDefinition errorRef="Err_1" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="B1" targetRef="E" /><bpmn:sequenceFlow id="F4" sourceRef="B2" targetRef="E" />
            <bpmn:sequenceFlow id="F5" sourceRef="B3" targetRef="E" />
            """));
        Assert.Equal(["B1", "B2", "B3"], model.Node<UserTask>("N").BoundaryEvents);
        Assert.True(model.Node<Event>("B1").CancelActivity);
        Assert.False(model.Node<Event>("B2").CancelActivity);
        Assert.Equal(new ErrorDefinition("RETURNED"), model.Node<Event>("B3").Definition);
        Assert.Equal(["F3"], model.Node<Event>("B1").Outgoing);
    }

    [Fact]
    public void Flow_names_and_conditions_are_kept_as_written_but_trimmed()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="G" />
            <bpmn:exclusiveGateway id="G" default="No" />
            <bpmn:sequenceFlow id="Yes" name="予以受理" sourceRef="G" targetRef="E"><bpmn:conditionExpression><![CDATA[
                ${ accepted && days < 60 }
            ]]></bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="No" sourceRef="G" targetRef="E" />
            <bpmn:endEvent id="E" />
            """);
        var flow = Accepts(xml).Process("P")!.Flow("Yes");
        Assert.Equal(new SequenceFlow { Id = "Yes", Name = "予以受理", Source = "G", Target = "E", Condition = "${ accepted && days < 60 }" }, flow);
    }
}
