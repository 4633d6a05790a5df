using System.Globalization;
using System.Text;

namespace Reconsideration.Benchmarks.Designer;

/// <summary>A long chain of user tasks between a start and an end event, laid out in rows of ten, with its diagram.</summary>
internal static class LargeDiagram
{
    /// <summary>Nodes (start, tasks, end) plus the flows between them.</summary>
    public static int ElementCount(int tasks) => (tasks + 2) + (tasks + 1);

    public static string Xml(int tasks)
    {
        var nodes = new List<(string Id, string Kind, double X, double Y, double W, double H)>();
        nodes.Add(("Start", "startEvent", 0, 0, 36, 36));
        for (var i = 1; i <= tasks; i++) nodes.Add(($"Task_{i}", "userTask", 0, 0, 100, 80));
        nodes.Add(("End", "endEvent", 0, 0, 36, 36));
        for (var i = 0; i < nodes.Count; i++)
        {
            var (row, column) = (i / 10, i % 10);
            var n = nodes[i];
            nodes[i] = n with { X = 100 + column * 160 + (100 - n.W) / 2, Y = 100 + row * 140 + (80 - n.H) / 2 };
        }

        var process = new StringBuilder();
        var shapes = new StringBuilder();
        foreach (var n in nodes)
        {
            var extra = n.Kind == "userTask" ? $" name=\"审查 {n.Id[5..]}\" rc:candidateRoles=\"handler\" rc:dueDate=\"P5WD\"" : "";
            process.AppendLine($"    <bpmn:{n.Kind} id=\"{n.Id}\"{extra} />");
            shapes.AppendLine(F($"      <bpmndi:BPMNShape id=\"{n.Id}_di\" bpmnElement=\"{n.Id}\"><dc:Bounds x=\"{n.X}\" y=\"{n.Y}\" width=\"{n.W}\" height=\"{n.H}\" /></bpmndi:BPMNShape>"));
        }
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            var (a, b) = (nodes[i], nodes[i + 1]);
            process.AppendLine($"    <bpmn:sequenceFlow id=\"Flow_{i}\" sourceRef=\"{a.Id}\" targetRef=\"{b.Id}\" />");
            shapes.AppendLine(F($"      <bpmndi:BPMNEdge id=\"Flow_{i}_di\" bpmnElement=\"Flow_{i}\"><di:waypoint x=\"{a.X + a.W}\" y=\"{a.Y + a.H / 2}\" /><di:waypoint x=\"{b.X}\" y=\"{b.Y + b.H / 2}\" /></bpmndi:BPMNEdge>"));
        }

        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                xmlns:rc="urn:reconsideration:bpmn:1.0" id="Bench" targetNamespace="urn:reconsideration:bench">
              <bpmn:process id="Large" name="大流程" isExecutable="true">
            {process}  </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="Large">
            {shapes}  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
