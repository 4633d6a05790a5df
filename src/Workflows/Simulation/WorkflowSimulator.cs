using System.Text.Json.Nodes;
using System.Xml;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Simulation;

/// <summary>
/// Runs a BPMN file against a script of steps in memory, on a clock that starts at a fixed instant, and reports
/// <c>{"state", "visited", "openTasks", "incidents"}</c>. Steps: <c>{"start": {"process", "variables", "clockStart"}}</c>,
/// <c>{"complete": "userTaskId", "variables"}</c>, <c>{"advance": "PT1H"}</c>, <c>{"message": "name", "correlationKey", "variables"}</c>.
/// Used by the <c>simulate</c> verb, the conformance suite and the designer's test runs; touches no real case.
/// </summary>
/// <remarks>
/// The reported instance is the one the script starts. Without a start step, a process with a none start event is
/// started before the first step; one that only a message or timer can start is not, and the report is about the
/// first instance such an event started.
/// </remarks>
public static class WorkflowSimulator
{
    /// <summary>The default start: Monday 2 March 2026, 09:00 Beijing time, a working day.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <param name="start">Where the clock starts when the first step has no <c>clockStart</c>; default <see cref="Start"/>.</param>
    /// <param name="handlers">Service-task handlers; without them a service or send task raises an incident.</param>
    public static async Task<JsonObject> RunAsync(string bpmn, string script, TextWriter log, DateTimeOffset? start = null,
        IEnumerable<IServiceTaskHandler>? handlers = null)
    {
        var steps = SimulationScript.Parse(script);
        var clock = new SimulationClock(SimulationScript.ClockStart(steps) ?? start ?? Start);
        var storage = WorkflowStorage.InMemory();
        var store = (InMemoryWorkflowStore)storage.Store;
        var engine = new WorkflowEngine(storage, clock, handlers: handlers);
        IReadOnlyList<DeployedDefinition> deployed;
        try
        {
            deployed = await engine.DeployAsync(bpmn, "simulator");
        }
        catch (DefinitionInvalidException e)
        {
            throw new SimulationException(e.Message);
        }
        Guid? rootId = null;
        if ((steps.Count == 0 || steps[0]["start"] is null) && engine.HasNoneStart(deployed[0].ProcessId))
            rootId = (await engine.StartAsync(deployed[0].ProcessId)).RootId;
        for (var i = 0; i < steps.Count; i++)
        {
            try
            {
                rootId = await RunStepAsync(engine, clock, deployed, rootId, steps[i], i, log);
            }
            catch (WorkflowException e)
            {
                throw new SimulationException($"第{i + 1}步（下标{i}）失败：{e.Message}");
            }
            rootId ??= store.RootInstancesInStartOrder().Cast<Guid?>().FirstOrDefault();
        }
        rootId ??= store.RootInstancesInStartOrder().Cast<Guid?>().FirstOrDefault();
        if (rootId is null)
            throw new SimulationException(
                $"脚本已执行完毕，但没有流程实例启动：流程“{deployed[0].ProcessId}”没有空启动事件，只能由消息或定时器启动。请在脚本中发送启动消息，或推进时钟到定时器到期。");
        return await SimulationReport.BuildAsync(engine, rootId.Value);
    }

    /// <summary>Runs one step; returns the root instance the report is about (null while none has started).</summary>
    private static async Task<Guid?> RunStepAsync(WorkflowEngine engine, SimulationClock clock,
        IReadOnlyList<DeployedDefinition> deployed, Guid? rootId, JsonObject step, int index, TextWriter log)
    {
        var variables = SimulationScript.Variables(step["variables"], index);
        if (step["start"] is JsonObject start)
        {
            if (index > 0 && start["clockStart"] is not null)
                throw SimulationScript.Invalid(index, "clockStart 只能写在第一步：时钟须在部署前设定。");
            if (rootId is not null) throw SimulationScript.Invalid(index, "一个脚本只能启动一个流程实例。");
            var processId = start["process"]?.GetValue<string>() ?? deployed[0].ProcessId;
            if (deployed.All(d => d.ProcessId != processId)) throw SimulationScript.Invalid(index, $"文件中没有流程“{processId}”。");
            var started = await engine.StartAsync(processId, SimulationScript.Variables(start["variables"], index));
            await log.WriteLineAsync($"step {index}: {step.ToJsonString()}");
            return started.RootId;
        }
        if (step["complete"] is JsonValue complete)
        {
            if (rootId is not { } root) throw SimulationScript.Invalid(index, "流程实例尚未启动，没有任务可以完成。");
            var elementId = complete.GetValue<string>();
            var task = (await engine.TreeTasksAsync(root)).FirstOrDefault(t => t.ElementId == elementId)
                       ?? throw SimulationScript.Invalid(index, $"元素“{elementId}”没有待办任务，无法完成。");
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
                throw SimulationScript.Invalid(index, $"“{advance}”不是 ISO 8601 时长（如 PT1H、P5D）。");
            }
            await AdvanceAsync(engine, clock, clock.GetUtcNow() + by);
        }
        else if (step["message"] is JsonValue message)
        {
            await engine.CorrelateMessageAsync(message.GetValue<string>(), step["correlationKey"]?.GetValue<string>(), variables);
        }
        else
        {
            throw SimulationScript.Invalid(index, "未知的步骤：应为 start、complete、advance 或 message 之一。");
        }
        await log.WriteLineAsync($"step {index}: {step.ToJsonString()}");
        return rootId;
    }

    /// <summary>Moves the clock to each due job in turn (so every job sees its own due time), then to the target.</summary>
    internal static async Task AdvanceAsync(WorkflowEngine engine, SimulationClock clock, DateTimeOffset target)
    {
        while (await engine.NextJobDueAsync() is { } due && due <= target)
        {
            clock.MoveTo(due);
            if (await engine.RunDueJobsAsync() == 0) break;
        }
        clock.MoveTo(target);
        while (await engine.RunDueJobsAsync() > 0) { }
    }
}
