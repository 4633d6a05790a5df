using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Simulation;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>
/// A test run (试运行) of the diagram being edited: a simulated instance in memory on a fake clock, with stand-ins for
/// the service-task handlers (docs/designer.md). Each step refuses bad input with a Chinese
/// <see cref="DesignerInputException"/> and changes nothing; after each the log and <see cref="State"/> are current.
/// </summary>
internal sealed class TestRun
{
    private readonly SimulationSession _session;
    private readonly ConcurrentQueue<StandInCall> _calls;

    private TestRun(SimulationSession session, ConcurrentQueue<StandInCall> calls, TestRunLog log)
    {
        _session = session;
        _calls = calls;
        Log = log;
    }

    public TestRunLog Log { get; }

    public SimulationState State { get; private set; } = null!;

    public IReadOnlyList<HumanTask> OpenTasks { get; private set; } = [];

    public IReadOnlyList<string> AwaitedMessages { get; private set; } = [];

    public DateTimeOffset Now => _session.Now;

    public string ProcessId => _session.ProcessId;

    public static async Task<TestRun> StartAsync(string bpmn, string? processId, IReadOnlyDictionary<string, object?> variables,
        DateTimeOffset start, WorkflowEngine realEngine, IEnumerable<string> handlerNames)
    {
        var calls = new ConcurrentQueue<StandInCall>();
        var standIns = handlerNames.Distinct().Select(name => (IServiceTaskHandler)new StandInHandler(name, calls)).ToArray();
        var log = new TestRunLog(bpmn);
        var session = await Refuse(() => SimulationSession.StartAsync(bpmn, processId, variables, start, realEngine.Calendar, standIns,
            new WorkflowEngineOptions { ExpressionTimeout = realEngine.Options.ExpressionTimeout }));
        log.Step(start, $"开始试运行：流程“{log.Name(session.ProcessId)}”" + Describe(variables));
        var run = new TestRun(session, calls, log);
        await run.RefreshAsync();
        return run;
    }

    public async Task CompleteAsync(Guid taskId, IReadOnlyDictionary<string, object?> variables)
    {
        var task = OpenTasks.FirstOrDefault(t => t.Id == taskId) ?? throw new DesignerInputException("该任务已不是待办任务，无法完成。");
        await Refuse(async () => { await _session.CompleteAsync(taskId, variables); return true; });
        Log.Step(Now, $"办结任务“{task.Name ?? Log.Name(task.ElementId)}”" + Describe(variables));
        await RefreshAsync();
    }

    public async Task AdvanceAsync(string? period)
    {
        var before = Now;
        var described = await Refuse(() => _session.AdvanceAsync(period?.Trim() ?? ""));
        Log.Step(before, $"时钟推进{described}，至{DesignerTexts.Time(Now)}");
        await RefreshAsync();
    }

    public async Task SendMessageAsync(string? messageName, string? correlationKey, IReadOnlyDictionary<string, object?> variables)
    {
        if (string.IsNullOrWhiteSpace(messageName)) throw new DesignerInputException("请填写消息名称。");
        await Refuse(async () => { await _session.CorrelateAsync(messageName.Trim(), correlationKey, variables); return true; });
        Log.Step(Now, $"发送消息“{messageName.Trim()}”" + Describe(variables));
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        State = await _session.StateAsync();
        OpenTasks = await _session.OpenTasksAsync();
        AwaitedMessages = await _session.AwaitedMessagesAsync();
        var calls = new List<StandInCall>();
        while (_calls.TryDequeue(out var call)) calls.Add(call);
        Log.Follow(State.Journal, calls);
    }

    private static string Describe(IReadOnlyDictionary<string, object?> variables) =>
        variables.Count == 0 ? "" : "，变量 " + string.Join("，", variables.Select(v => $"{v.Key} = {JsonSerializer.Serialize(v.Value, Readable)}"));

    /// <summary>Chinese in a value stays readable in the log (the default would write 张 as \u5F20).</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static async Task<T> Refuse<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (SimulationException e)
        {
            throw new DesignerInputException(e.Message);
        }
    }
}
