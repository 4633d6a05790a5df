using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Parsing;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Tests.Parsing;

/// <summary>Builds small BPMN files inline and checks parse results.</summary>
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

/// <summary>Fakes of the expression and timer checks that the real engine does with Jint and the calendar.</summary>
internal static class TestOptions
{
    public static ParseOptions Default { get; } = new(CheckExpression, CheckTimer);

    public static string? CheckExpression(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) return "右括号多了";
        }
        return depth == 0 ? null : "括号不配对。";
    }

    public static string? CheckTimer(TimerKind kind, string value) => kind switch
    {
        TimerKind.Duration => value.StartsWith('P') ? null : "时长要以 P 开头",
        TimerKind.Cycle => value.StartsWith('R') ? null : "周期要以 R 开头",
        _ => DateTimeOffset.TryParse(value, out _) ? null : "不是日期",
    };
}

internal static class ParseAssert
{
    public static ParseResult Parse(string xml, ParseOptions? options = null) => BpmnParser.Parse(xml, options ?? TestOptions.Default);

    /// <summary>Asserts the file is rejected with this rule on this element, and returns the problem.</summary>
    public static DefinitionProblem Rejects(string xml, string rule, string? elementId, ParseOptions? options = null)
    {
        var result = Parse(xml, options);
        Assert.Null(result.Model);
        var problem = result.Problems.FirstOrDefault(p => p.Rule == rule && p.ElementId == elementId);
        Assert.True(problem is not null, $"expected {rule} on {elementId ?? "(file)"}, got:\n{string.Join("\n", result.Problems)}");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.Message);
        return problem;
    }

    /// <summary>Asserts the file is rejected with exactly this one problem.</summary>
    public static DefinitionProblem RejectsOnly(string xml, string rule, string? elementId, ParseOptions? options = null)
    {
        var problem = Rejects(xml, rule, elementId, options);
        var all = Parse(xml, options).Problems;
        Assert.True(all.Count == 1, $"expected only {rule}, got:\n{string.Join("\n", all)}");
        return problem;
    }

    public static BpmnModel Accepts(string xml, ParseOptions? options = null)
    {
        var result = Parse(xml, options);
        Assert.True(result.Problems.Count == 0, "unexpected problems:\n" + string.Join("\n", result.Problems));
        Assert.NotNull(result.Model);
        return result.Model;
    }

    public static T Node<T>(this BpmnModel model, string id, string process = "P") where T : FlowNode =>
        Assert.IsType<T>(model.Process(process)!.Node(id));
}
