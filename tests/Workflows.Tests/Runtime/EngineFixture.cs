using Microsoft.Extensions.Time.Testing;

namespace Reconsideration.Workflows.Tests.Runtime;

/// <summary>An engine in memory on a fake clock, with a helper to write small BPMN processes inline.</summary>
internal sealed class EngineFixture
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public EngineFixture(IEnumerable<IServiceTaskHandler>? handlers = null)
    {
        Clock = new FakeTimeProvider(Monday);
        Engine = new WorkflowEngine(WorkflowStorage.InMemory(), Clock, handlers: handlers);
    }

    public FakeTimeProvider Clock { get; }
    public WorkflowEngine Engine { get; }

    /// <summary>A definitions document around the given process body.</summary>
    public static string Bpmn(string processBody, string id = "p") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="defs" targetNamespace="test">
          <bpmn:process id="{id}" isExecutable="true">
        {processBody}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start → the given user tasks in sequence → end.</summary>
    public static string Sequence(params string[] userTasks)
    {
        var nodes = new List<string> { "<bpmn:startEvent id=\"start\"/>" };
        var previous = "start";
        foreach (var task in userTasks)
        {
            nodes.Add(task);
            var id = task.Split("id=\"")[1].Split('"')[0];
            nodes.Add($"<bpmn:sequenceFlow id=\"to_{id}\" sourceRef=\"{previous}\" targetRef=\"{id}\"/>");
            previous = id;
        }
        nodes.Add("<bpmn:endEvent id=\"end\"/>");
        nodes.Add($"<bpmn:sequenceFlow id=\"to_end\" sourceRef=\"{previous}\" targetRef=\"end\"/>");
        return Bpmn(string.Join("\n", nodes));
    }

    public async Task<ProcessInstanceInfo> DeployAndStartAsync(string bpmn, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var deployed = await Engine.DeployAsync(bpmn, "tester");
        return await Engine.StartAsync(deployed[0].ProcessId, variables, businessKey: "红府复〔2026〕1号");
    }

    public async Task<HumanTask> OnlyOpenTaskAsync(Guid instanceId) => Assert.Single(await Engine.InstanceTasksAsync(instanceId));
}
