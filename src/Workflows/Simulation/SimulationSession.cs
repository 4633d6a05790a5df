using Reconsideration.Workflows.Calendar;
using Reconsideration.Workflows.Storage;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Simulation;

/// <summary>
/// One simulated instance, driven step by step: its own engine on an in-memory store and a clock that moves only when
/// told. Nothing it does reaches another engine's store. The designer's test run (试运行) is built on it.
/// </summary>
public sealed class SimulationSession
{
    private readonly WorkflowEngine _engine;
    private readonly SimulationClock _clock;

    private SimulationSession(WorkflowEngine engine, SimulationClock clock, Guid rootId, string processId)
    {
        _engine = engine;
        _clock = clock;
        RootId = rootId;
        ProcessId = processId;
    }

    public Guid RootId { get; }

    public string ProcessId { get; }

    /// <summary>The simulated time.</summary>
    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>
    /// Deploys the file on a fresh in-memory engine and starts <paramref name="processId"/> (default: the file's first
    /// process) with the variables. Handlers not given make their service tasks raise incidents, as in a real engine.
    /// </summary>
    /// <exception cref="SimulationException">The file does not deploy, or the process cannot be started by hand.</exception>
    public static async Task<SimulationSession> StartAsync(string bpmn, string? processId, IReadOnlyDictionary<string, object?>? variables,
        DateTimeOffset start, BusinessCalendar calendar, IEnumerable<IServiceTaskHandler> handlers, WorkflowEngineOptions? options = null)
    {
        var clock = new SimulationClock(start);
        var engine = new WorkflowEngine(WorkflowStorage.InMemory(), clock, options, handlers, calendar);
        IReadOnlyList<DeployedDefinition> deployed;
        try
        {
            deployed = await engine.DeployAsync(bpmn, "simulator");
        }
        catch (DefinitionInvalidException e)
        {
            throw new SimulationException(e.Message);
        }
        var process = processId ?? deployed[0].ProcessId;
        if (deployed.All(d => d.ProcessId != process)) throw new SimulationException($"文件中没有流程“{process}”。");
        if (!engine.HasNoneStart(process))
            throw new SimulationException($"流程“{process}”没有空启动事件，只能由消息或定时器启动，无法直接试运行。");
        var started = await Guard(() => engine.StartAsync(process, variables));
        return new SimulationSession(engine, clock, started.RootId, process);
    }

    public Task<IReadOnlyList<HumanTask>> OpenTasksAsync() => _engine.TreeTasksAsync(RootId);

    /// <summary>Completes an open task of this instance with the variables.</summary>
    public async Task CompleteAsync(Guid taskId, IReadOnlyDictionary<string, object?>? variables)
    {
        if ((await OpenTasksAsync()).All(t => t.Id != taskId)) throw new SimulationException("该任务已不是待办任务，无法完成。");
        await Guard(() => _engine.CompleteAsync(taskId, Actor.System, variables));
    }

    /// <summary>
    /// Moves the clock on by a period (<c>PT4H</c>, <c>P5D</c>, working days <c>P5WD</c>, calendar days <c>P10CD</c>),
    /// firing each timer that falls due on the way at its own time. Returns the period as a person reads it.
    /// </summary>
    public async Task<string> AdvanceAsync(string period)
    {
        if (!TimerPeriod.TryParse(period ?? "", out var parsed, out var error) || parsed!.IsZero)
            throw new SimulationException(error ?? $"时长“{period}”为零：请填写要推进的时间，如 PT4H、P5D、P5WD。");
        var target = parsed.After(Now, _engine.Calendar).At;
        await Guard(async () =>
        {
            await WorkflowSimulator.AdvanceAsync(_engine, _clock, target);
            return true;
        });
        return parsed.Describe();
    }

    /// <summary>The messages the instance waits for now.</summary>
    public Task<IReadOnlyList<string>> AwaitedMessagesAsync() => _engine.AwaitedMessagesAsync(RootId);

    public async Task CorrelateAsync(string messageName, string? correlationKey, IReadOnlyDictionary<string, object?>? variables)
    {
        if (!(await AwaitedMessagesAsync()).Contains(messageName))
            throw new SimulationException($"实例此刻没有在等待消息“{messageName}”。");
        await Guard(async () =>
        {
            await _engine.CorrelateMessageAsync(messageName, string.IsNullOrWhiteSpace(correlationKey) ? null : correlationKey, variables);
            return true;
        });
    }

    /// <summary>Where the instance tree stands: its state, the elements holding tokens, those completed, open incidents.</summary>
    public async Task<SimulationState> StateAsync()
    {
        var journal = await _engine.JournalAsync(RootId);
        var instances = new List<ProcessInstanceInfo>();
        foreach (var id in journal.Select(e => e.InstanceId).Distinct())
            if (await _engine.InstanceAsync(id) is { } instance) instances.Add(instance);
        var root = instances.Single(i => i.Id == RootId);
        var incidents = (await _engine.IncidentsAsync()).Where(i => i.RootInstanceId == RootId).OrderBy(i => i.CreatedAt).ToArray();
        return new SimulationState(
            root.State,
            [.. instances.Where(i => i.State == InstanceState.Active).SelectMany(i => i.ActiveElements).Distinct()],
            [.. journal.Where(e => e.Kind == JournalKind.ElementCompleted && e.ElementId is not null).Select(e => e.ElementId!).Distinct()],
            incidents,
            root.Variables,
            journal);
    }

    /// <summary>The engine refuses a step (a conflict, a bad variable): the same refusal as a simulation error.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (WorkflowException e)
        {
            throw new SimulationException(e.Message);
        }
    }
}
