namespace Reconsideration.Benchmarks;

internal static class Processes
{
    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="bench">
        """;

    public static readonly string TenSteps = Header + $"""
        <bpmn:process id="tenSteps" isExecutable="true">
          <bpmn:startEvent id="s"/>
          {string.Concat(Enumerable.Range(1, 8).Select(i => $"<bpmn:serviceTask id=\"t{i}\" rc:handler=\"noop\"/><bpmn:sequenceFlow id=\"f{i}\" sourceRef=\"{(i == 1 ? "s" : $"t{i - 1}")}\" targetRef=\"t{i}\"/>"))}
          <bpmn:endEvent id="e"/>
          <bpmn:sequenceFlow id="f9" sourceRef="t8" targetRef="e"/>
        </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A user task that loops back to itself: every completion persists one task and creates the next.</summary>
    public static readonly string TaskChain = Header + """
        <bpmn:process id="taskChain" isExecutable="true">
          <bpmn:startEvent id="s"/>
          <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="merge"/>
          <bpmn:exclusiveGateway id="merge"/>
          <bpmn:sequenceFlow id="f2" sourceRef="merge" targetRef="work"/>
          <bpmn:userTask id="work" rc:candidateRoles="handler"/>
          <bpmn:sequenceFlow id="f3" sourceRef="work" targetRef="merge"/>
        </bpmn:process>
        </bpmn:definitions>
        """;
}
