using Reconsideration.Workflows.Model;
using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

/// <summary>Whole files: with and without diagram interchange, several processes, several problems at once.</summary>
public class WholeFileTests
{
    // As the bpmn-js demo saves a new diagram with one task drawn in.
    private const string DrawnByBpmnJs = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="bpmn-js (https://demo.bpmn.io)" exporterVersion="17.11.1">
          <bpmn:process id="Process_1" isExecutable="false">
            <bpmn:startEvent id="StartEvent_1">
              <bpmn:outgoing>Flow_0x1k2mz</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:userTask id="Activity_1d3f9ab" name="登记">
              <bpmn:incoming>Flow_0x1k2mz</bpmn:incoming>
              <bpmn:outgoing>Flow_1n8ghqv</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_0x1k2mz" sourceRef="StartEvent_1" targetRef="Activity_1d3f9ab" />
            <bpmn:endEvent id="Event_0v6d2ka">
              <bpmn:incoming>Flow_1n8ghqv</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_1n8ghqv" sourceRef="Activity_1d3f9ab" targetRef="Event_0v6d2ka" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_1">
            <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
              <bpmndi:BPMNShape id="_BPMNShape_StartEvent_2" bpmnElement="StartEvent_1">
                <dc:Bounds x="179" y="79" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Activity_1d3f9ab_di" bpmnElement="Activity_1d3f9ab">
                <dc:Bounds x="270" y="57" width="100" height="80" />
                <bpmndi:BPMNLabel />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Event_0v6d2ka_di" bpmnElement="Event_0v6d2ka">
                <dc:Bounds x="432" y="79" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_0x1k2mz_di" bpmnElement="Flow_0x1k2mz">
                <di:waypoint x="215" y="97" />
                <di:waypoint x="270" y="97" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_1n8ghqv_di" bpmnElement="Flow_1n8ghqv">
                <di:waypoint x="370" y="97" />
                <di:waypoint x="432" y="97" />
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [Fact]
    public void A_file_drawn_by_bpmn_js_is_accepted_once_executable()
    {
        Rejects(DrawnByBpmnJs, "no-executable-process", null);
        var model = Accepts(DrawnByBpmnJs.Replace("isExecutable=\"false\"", "isExecutable=\"true\""));
        var task = model.Node<UserTask>("Activity_1d3f9ab", "Process_1");
        Assert.Equal(("登记", "Process_1"), (task.Name, task.ScopeId));
    }

    [Fact]
    public void The_same_file_without_diagram_is_accepted()
    {
        var start = DrawnByBpmnJs.IndexOf("  <bpmndi:BPMNDiagram", StringComparison.Ordinal);
        var end = DrawnByBpmnJs.IndexOf("</bpmndi:BPMNDiagram>", StringComparison.Ordinal) + "</bpmndi:BPMNDiagram>".Length;
        var withoutDiagram = DrawnByBpmnJs.Remove(start, end - start).Replace("isExecutable=\"false\"", "isExecutable=\"true\"");
        Assert.DoesNotContain("bpmndi:BPMN", withoutDiagram);
        Assert.Equal(3, Accepts(withoutDiagram).Process("Process_1")!.Nodes.Count);
    }

    [Fact]
    public void Several_processes_with_a_call_activity_between_them_and_a_message_flow()
    {
        var xml = Bpmn.Definitions($"""
            <bpmn:collaboration id="C">
              <bpmn:participant id="Pa" processRef="main" /><bpmn:participant id="Pb" processRef="notify" />
              <bpmn:messageFlow id="Mf" sourceRef="Call" targetRef="NS" />
            </bpmn:collaboration>
            <bpmn:process id="main" isExecutable="true">
              <bpmn:startEvent id="MS" />{Bpmn.Flow("M1", "MS", "Call")}
              <bpmn:callActivity id="Call" calledElement="notify" />{Bpmn.Flow("M2", "Call", "ME")}
              <bpmn:endEvent id="ME" />
            </bpmn:process>
            <bpmn:process id="notify" isExecutable="true">
              <bpmn:startEvent id="NS" />{Bpmn.Flow("N1", "NS", "Send")}
              <bpmn:sendTask id="Send" rc:handler="sms.send" />{Bpmn.Flow("N2", "Send", "NE")}
              <bpmn:endEvent id="NE" />
            </bpmn:process>
            """);
        var model = Accepts(xml);
        Assert.Equal(["main", "notify"], model.Processes.Select(p => p.Id));
        Assert.Equal("notify", model.Node<CallActivity>("Call", "main").CalledElement);
        Assert.False(model.Process("main")!.Nodes.ContainsKey("Send"));
    }

    [Fact]
    public void A_file_with_several_problems_reports_all_of_them()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S" />
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Review" />
            <bpmn:userTask id="Review" rc:assignee="${ pick( }" />
            <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="G" />
            <bpmn:exclusiveGateway id="G" default="Nowhere" />
            <bpmn:sequenceFlow id="Yes" sourceRef="G" targetRef="Notify" />
            <bpmn:sequenceFlow id="No" sourceRef="G" targetRef="Script" />
            <bpmn:serviceTask id="Notify" camunda:class="org.example.Notify" />
            <bpmn:sequenceFlow id="F3" sourceRef="Notify" targetRef="E" />
            <bpmn:scriptTask id="Script" />
            <bpmn:sequenceFlow id="F4" sourceRef="Script" />
            <bpmn:endEvent id="E" />
            <bpmn:sequenceFlow id="F5" sourceRef="E" targetRef="Review" />
            <bpmn:intermediateCatchEvent id="Wait"><bpmn:messageEventDefinition messageRef="Missing" /></bpmn:intermediateCatchEvent>
            <bpmn:callActivity id="Call" calledElement="elsewhere" />
            <bpmn:sequenceFlow id="F6" sourceRef="Wait" targetRef="Call" />
            <bpmn:sequenceFlow id="F7" sourceRef="Call" targetRef="Wait" />
            """);
        var result = Parse(xml);
        Assert.Null(result.Model);
        (string Rule, string Id)[] expected =
        [
            ("bad-expression", "Review"), ("bad-default", "G"), ("missing-condition", "Yes"), ("missing-condition", "No"),
            ("missing-handler", "Notify"), ("unsupported-element", "Script"), ("missing-target", "F4"),
            ("outgoing-not-allowed", "E"), ("unknown-message", "Wait"), ("unknown-called-process", "Call"),
            ("unreachable", "Wait"), ("unreachable", "Call"),
        ];
        var found = result.Problems.Select(p => (p.Rule, p.ElementId)).ToList();
        foreach (var (rule, id) in expected)
            Assert.True(found.Contains((rule, id)), $"missing {rule} on {id}; got:\n{string.Join("\n", result.Problems)}");
        Assert.Equal(expected.Length, result.Problems.Count);
    }
}
