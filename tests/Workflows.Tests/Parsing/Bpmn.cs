namespace Reconsideration.Workflows.Tests.Parsing;

/// <summary>Builds small BPMN files inline.</summary>
internal static class Bpmn
{
    public const string BpmnNs = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static string Definitions(string content) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="{BpmnNs}" xmlns:rc="urn:reconsideration:bpmn:1.0"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://example.org/bpmn">
        {content}
        </bpmn:definitions>
        """.TrimStart();

    /// <summary>One executable process "P" with the given body; <paramref name="roots"/> go beside it (messages, errors).</summary>
    public static string Process(string body, string roots = "") =>
        Definitions($"""
            <bpmn:process id="P" isExecutable="true">
            {body}
            </bpmn:process>
            {roots}
            """);

    /// <summary>start → the node (id "N") → end, with flows F1 and F2.</summary>
    public static string Around(string node, string roots = "", string more = "") => Process($"""
        <bpmn:startEvent id="S" />
        <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="N" />
        {node}
        <bpmn:sequenceFlow id="F2" sourceRef="N" targetRef="E" />
        <bpmn:endEvent id="E" />
        {more}
        """, roots);

    public static string Flow(string id, string source, string target, string? condition = null) => condition is null
        ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}" />"""
        : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}"><bpmn:conditionExpression>{condition}</bpmn:conditionExpression></bpmn:sequenceFlow>""";
}
