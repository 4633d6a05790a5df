using System.Text.Json.Nodes;
using Reconsideration.Workflows.Simulation;
using Reconsideration.Workflows.Tests.Conformance.Handlers;

namespace Reconsideration.Workflows.Tests.Conformance;

/// <summary>
/// Runs every scenario folder (<c>process.bpmn</c>, <c>steps.json</c>, <c>expected.json</c>) through the simulator and
/// compares the report with the expected trace, written from BPMN semantics (Camunda 7 behaviour), not from engine output.
/// An expected <c>{"error": "…"}</c> instead says the simulation must fail with a message containing that text.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Conformance");

    internal static IReadOnlyList<IServiceTaskHandler> Handlers { get; } = [new EchoHandler(), new FailHandler(), new BpmnErrorHandler()];

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Root).Where(d => File.Exists(Path.Combine(d, "process.bpmn"))).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(folder));
        return data;
    }

    [Fact]
    public void The_suite_has_at_least_45_scenarios() => Assert.True(Scenarios().Count >= 45, $"只有 {Scenarios().Count} 个场景");

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario(string name)
    {
        var folder = Path.Combine(Root, name);
        var bpmn = await File.ReadAllTextAsync(Path.Combine(folder, "process.bpmn"));
        var steps = await File.ReadAllTextAsync(Path.Combine(folder, "steps.json"));
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "expected.json")))!.AsObject();

        if (expected["error"] is JsonValue error)
        {
            var thrown = await Assert.ThrowsAsync<SimulationException>(() => WorkflowSimulator.RunAsync(bpmn, steps, TextWriter.Null, handlers: Handlers));
            Assert.Contains(error.GetValue<string>(), thrown.Message);
            return;
        }
        var actual = await WorkflowSimulator.RunAsync(bpmn, steps, TextWriter.Null, handlers: Handlers);
        var differences = ConformanceDiff.Compare(expected, actual);
        Assert.True(differences.Count == 0, $"场景 {name} 与预期不符：\n{string.Join("\n", differences)}\n实际报告：{actual.ToJsonString()}");
    }
}
