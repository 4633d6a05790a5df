using Microsoft.Extensions.Time.Testing;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>
/// The shipped workflow file deployed into a real engine (in memory, on a fake clock from Monday 2 March 2026,
/// 09:00 Beijing time) with recording handlers, and a case driven through the engine's public API the way the
/// task list will: each task is found among the claimable tasks of a user of its candidate role, claimed, completed.
/// </summary>
internal sealed class CaseDriver
{
    public const string CaseNo = "红府复〔2026〕12号";
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    public static string DefinitionFile => Path.Combine(AppContext.BaseDirectory, "workflow-definitions", "reconsideration.bpmn");

    private readonly List<HandlerCall> _calls = [];

    private CaseDriver()
    {
        Clock = new FakeTimeProvider(Monday);
        Engine = new WorkflowEngine(WorkflowStorage.InMemory(), Clock, handlers: RecordingHandler.All(_calls));
    }

    public FakeTimeProvider Clock { get; }
    public WorkflowEngine Engine { get; }
    public Guid RootId { get; private set; }
    public IReadOnlyList<HandlerCall> Calls => _calls;

    /// <summary>Document type keys issued so far, in order.</summary>
    public IReadOnlyList<string> Issued => Parameters("documents.issue", "type");
    public IReadOnlyList<string> Statuses => Parameters("cases.setStatus", "status");

    public IReadOnlyList<string> Parameters(string handler, string parameter) =>
        [.. _calls.Where(c => c.Handler == handler).Select(c => c.Parameter(parameter) ?? "")];

    /// <summary>Deploys the shipped file and starts a case as the domain does when an application is received.</summary>
    public static async Task<CaseDriver> StartAsync()
    {
        var driver = new CaseDriver();
        await driver.Engine.DeployAsync(await File.ReadAllTextAsync(DefinitionFile), "tests");
        var started = await driver.Engine.StartAsync("Reconsideration", new Dictionary<string, object?> { ["caseNo"] = CaseNo }, CaseNo);
        driver.RootId = started.RootId;
        return driver;
    }

    public async Task<IReadOnlyList<HumanTask>> OpenTasksAsync() => await Engine.TreeTasksAsync(RootId);

    public async Task<IReadOnlyList<string>> OpenTaskIdsAsync() => [.. (await OpenTasksAsync()).Select(t => t.ElementId).Order()];

    public async Task<HumanTask> OpenTaskAsync(string elementId) =>
        (await OpenTasksAsync()).FirstOrDefault(t => t.ElementId == elementId)
        ?? throw new Xunit.Sdk.XunitException($"No open task {elementId}; open: {string.Join(", ", await OpenTaskIdsAsync())}");

    /// <summary>A user of the task's first candidate role finds it among the claimable tasks, claims it and completes it.</summary>
    public async Task<HumanTask> DoAsync(string elementId, object? variables = null)
    {
        var task = await OpenTaskAsync(elementId);
        var actor = Roles.For(Assert.Single(task.CandidateRoles));
        Assert.Contains(await Engine.ClaimableTasksAsync(actor), t => t.Id == task.Id);
        await Engine.ClaimAsync(task.Id, actor);
        Assert.Contains(await Engine.MyTasksAsync(actor), t => t.Id == task.Id);
        await Engine.CompleteAsync(task.Id, actor, Vars(variables));
        return task;
    }

    public Task MessageAsync(string name, object? variables = null) =>
        Engine.CorrelateMessageAsync(name, CaseNo, Vars(variables), Roles.Handler);

    /// <summary>Moves the clock to each due job in turn, running it at its own due instant, then to the target.</summary>
    public async Task AdvanceToAsync(DateTimeOffset target)
    {
        while (await Engine.NextJobDueAsync() is { } due && due <= target)
        {
            if (due > Clock.GetUtcNow()) Clock.SetUtcNow(due);
            if (await Engine.RunDueJobsAsync() == 0) break;
        }
        if (target > Clock.GetUtcNow()) Clock.SetUtcNow(target);
        while (await Engine.RunDueJobsAsync() > 0) { }
    }

    public Task AdvanceAsync(TimeSpan by) => AdvanceToAsync(Clock.GetUtcNow() + by);

    public async Task<ProcessInstanceInfo> InstanceAsync() => (await Engine.InstanceAsync(RootId))!;

    /// <summary>The elements the case went through, in order (the journal's completed elements).</summary>
    public async Task<IReadOnlyList<string>> VisitedAsync() =>
        [.. (await Engine.JournalAsync(RootId)).Where(e => e.Kind == JournalKind.ElementCompleted).Select(e => e.ElementId!)];

    private static Dictionary<string, object?>? Vars(object? variables) => variables switch
    {
        null => null,
        Dictionary<string, object?> d => d,
        _ => variables.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(variables)),
    };
}
