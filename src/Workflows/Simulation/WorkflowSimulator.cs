using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Reconsideration.Workflows.Simulation;

/// <summary>
/// Runs a BPMN file against a script of steps in memory, on a clock that starts at a fixed instant, and reports
/// <c>{"state", "visited", "openTasks"}</c>. Steps: <c>{"start": {"process", "variables"}}</c>,
/// <c>{"complete": "userTaskId", "variables"}</c>, <c>{"advance": "PT1H"}</c>, <c>{"message": "name", "correlationKey", "variables"}</c>.
/// Used by the <c>simulate</c> verb, the conformance suite and the designer's test runs; touches no real case.
/// </summary>
public static class WorkflowSimulator
{
    /// <summary>The default start: Monday 2 March 2026, 09:00 Beijing time, a working day.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static async Task<JsonObject> RunAsync(string bpmn, string script, TextWriter log, DateTimeOffset? start = null)
    {
        var clock = new SimulationClock(start ?? Start);
        var engine = new WorkflowEngine(WorkflowStorage.InMemory(), clock);
        IReadOnlyList<DeployedDefinition> deployed;
        try
        {
            deployed = await engine.DeployAsync(bpmn, "simulator");
        }
        catch (DefinitionInvalidException e)
        {
            throw new SimulationException(e.Message);
        }
        var steps = ParseSteps(script);
        ProcessInstanceInfo? instance = null;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            try
            {
                if (i == 0 && step["start"] is null)
                    instance = await engine.StartAsync(deployed[0].ProcessId);
                instance = await RunStepAsync(engine, clock, deployed, instance, step, i, log);
            }
            catch (WorkflowException e)
            {
                throw new SimulationException($"第{i + 1}步（下标{i}）失败：{e.Message}");
            }
        }
        instance ??= await engine.StartAsync(deployed[0].ProcessId);
        return await ReportAsync(engine, instance.Id);
    }

    private static async Task<ProcessInstanceInfo?> RunStepAsync(WorkflowEngine engine, SimulationClock clock,
        IReadOnlyList<DeployedDefinition> deployed, ProcessInstanceInfo? instance, JsonObject step, int index, TextWriter log)
    {
        var variables = Variables(step["variables"], index);
        if (step["start"] is JsonObject start)
        {
            if (instance is not null) throw Invalid(index, "一个脚本只能启动一个流程实例。");
            var processId = start["process"]?.GetValue<string>() ?? deployed[0].ProcessId;
            if (deployed.All(d => d.ProcessId != processId)) throw Invalid(index, $"文件中没有流程“{processId}”。");
            return await engine.StartAsync(processId, Variables(start["variables"], index));
        }
        if (instance is null) throw Invalid(index, "流程实例尚未启动。");
        if (step["complete"] is JsonValue complete)
        {
            var elementId = complete.GetValue<string>();
            var task = (await engine.TreeTasksAsync(instance.RootId)).FirstOrDefault(t => t.ElementId == elementId)
                       ?? throw Invalid(index, $"元素“{elementId}”没有待办任务，无法完成。");
            await engine.CompleteAsync(task.Id, Actor.System, variables);
        }
        else if (step["advance"] is JsonValue advance)
        {
            TimeSpan by;
            try
            {
                by = XmlConvert.ToTimeSpan(advance.GetValue<string>());
            }
            catch (FormatException)
            {
                throw Invalid(index, $"“{advance}”不是 ISO 8601 时长（如 PT1H、P5D）。");
            }
            await AdvanceAsync(engine, clock, clock.GetUtcNow() + by);
        }
        else if (step["message"] is JsonValue message)
        {
            await engine.CorrelateMessageAsync(message.GetValue<string>(), step["correlationKey"]?.GetValue<string>(), variables);
        }
        else
        {
            throw Invalid(index, "未知的步骤：应为 start、complete、advance 或 message 之一。");
        }
        await log.WriteLineAsync($"step {index}: {step.ToJsonString()}");
        return instance;
    }

    /// <summary>Moves the clock to each due job in turn (so every job sees its own due time), then to the target.</summary>
    private static async Task AdvanceAsync(WorkflowEngine engine, SimulationClock clock, DateTimeOffset target)
    {
        while (await engine.NextJobDueAsync() is { } due && due <= target)
        {
            clock.MoveTo(due);
            if (await engine.RunDueJobsAsync() == 0) break;
        }
        clock.MoveTo(target);
        while (await engine.RunDueJobsAsync() > 0) { }
    }

    private static async Task<JsonObject> ReportAsync(WorkflowEngine engine, Guid rootId)
    {
        var root = (await engine.InstanceAsync(rootId))!;
        var journal = await engine.JournalAsync(rootId);
        var incidents = (await engine.IncidentsAsync()).Where(i => i.RootInstanceId == rootId);
        var state = incidents.Any() ? "incident" : root.State switch
        {
            InstanceState.Completed => "completed",
            InstanceState.Terminated => "terminated",
            _ => "active",
        };
        var visited = journal.Where(e => e.Kind == JournalKind.ElementCompleted).Select(e => (JsonNode?)e.ElementId).ToArray();
        var open = (await engine.TreeTasksAsync(rootId)).Select(t => (JsonNode?)t.ElementId).ToArray();
        return new JsonObject { ["state"] = state, ["visited"] = new JsonArray(visited), ["openTasks"] = new JsonArray(open) };
    }

    private static List<JsonObject> ParseSteps(string script)
    {
        try
        {
            return JsonNode.Parse(script) is JsonArray array
                ? array.Select((s, i) => s as JsonObject ?? throw Invalid(i, "每一步都应是 JSON 对象。")).ToList()
                : throw new SimulationException("步骤文件应为 JSON 数组。");
        }
        catch (JsonException e)
        {
            throw new SimulationException($"步骤文件不是有效的 JSON：{e.Message}");
        }
    }

    private static Dictionary<string, object?>? Variables(JsonNode? node, int index) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(kv => kv.Key, kv => (object?)JsonSerializer.SerializeToElement(kv.Value)),
        _ => throw Invalid(index, "variables 应为 JSON 对象。"),
    };

    private static SimulationException Invalid(int index, string message) => new($"第{index + 1}步（下标{index}）无效：{message}");

}
