using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Reconsideration.Workflows.Storage;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// The in-memory store defines the intended semantics: the same script run on it and on an SQLite file must be
/// observed the same after every step (instances, variables, tasks, journal, jobs, incidents), ids aside.
/// </summary>
public sealed partial class DifferentialTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>One engine with its clock, and what the script learnt about it.</summary>
    private sealed class World(WorkflowStorage storage, FakeTimeProvider time, IEnumerable<IServiceTaskHandler> handlers)
    {
        public WorkflowEngine Engine { get; } = new(storage, time, new WorkflowEngineOptions { NodeName = "node" }, handlers, SqliteTestDatabase.Calendar);
        public IWorkflowStore Store { get; } = storage.Store;
        public FakeTimeProvider Time { get; } = time;
        public List<Guid> Roots { get; } = [];
    }

    private sealed class Notify : IServiceTaskHandler
    {
        public string Name => "notify";
        public void Execute(ServiceTaskContext context) => context.Set("reminded", (context.Variables.TryGetValue("reminded", out var n) ? n.GetInt32() : 0) + 1);
    }

    private sealed class Deliver : IServiceTaskHandler
    {
        public string Name => "deliver";
        public void Execute(ServiceTaskContext context)
        {
            if (context.Variables.TryGetValue("address", out var a) && a.GetString() == "查无此人")
                throw new BpmnError("UNDELIVERABLE", "地址无法送达");
            context.Set("deliveredAt", context.Now);
        }
    }

    private delegate Task Step(World w);

    private static Step Start(string process, object? variables = null, string? key = null) => async w =>
        w.Roots.Add((await w.Engine.StartAsync(process, Vars(variables), key, Actor.User("登记员"))).Id);

    private static Step Complete(string element, Actor actor, object? variables = null) => async w =>
        await w.Engine.CompleteAsync((await TaskAt(w, element, actor)).Id, actor, Vars(variables));

    private static Step Claim(string element, Actor actor) => async w => await w.Engine.ClaimAsync((await TaskAt(w, element, actor)).Id, actor);
    private static Step Delegate(string element, Actor actor, string to) => async w => await w.Engine.DelegateAsync((await TaskAt(w, element, actor)).Id, actor, to);
    private static Step Resolve(string element, Actor actor, object? variables) => async w => await w.Engine.ResolveAsync((await TaskAt(w, element, actor)).Id, actor, Vars(variables));
    private static Step Return(string element, Actor actor, string target) => async w => await w.Engine.ReturnAsync((await TaskAt(w, element, actor)).Id, actor, target, "材料不全，退回重办");
    private static Step Correlate(string message, string key, object? variables = null) => w => w.Engine.CorrelateMessageAsync(message, key, Vars(variables), Actor.User("申请人"));
    private static Step Cancel(int root) => w => w.Engine.CancelInstanceAsync(w.Roots[root], Actor.User("管理员"), "申请人撤回申请");

    /// <summary>Moves the clock, stopping at each due job on the way so that each runs at its own time.</summary>
    private static Step Advance(TimeSpan by) => async w =>
    {
        var target = w.Time.GetUtcNow() + by;
        for (var step = 0; await w.Engine.NextJobDueAsync() is { } due && due <= target; step++)
        {
            Assert.True(step < 100, "jobs keep falling due: a job is not removed when it runs");
            if (due > w.Time.GetUtcNow()) w.Time.SetUtcNow(due);
            if (await w.Engine.RunDueJobsAsync() == 0) break;
        }
        w.Time.SetUtcNow(target);
        for (var round = 0; await w.Engine.RunDueJobsAsync() > 0; round++)
            Assert.True(round < 100, "due jobs keep running: a job is not removed when it runs");
    };

    /// <summary>The open task at the element: the actor's own if there is one, else that of the earliest started instance.</summary>
    private static async Task<HumanTask> TaskAt(World w, string element, Actor? actor = null) =>
        (await w.Store.TasksAsync(new TaskQuery { ElementId = element }))
        .OrderByDescending(t => actor is not null && t.Assignee == actor.UserId)
        .ThenBy(t => w.Roots.IndexOf(t.RootInstanceId) is var i and >= 0 ? i : int.MaxValue)
        .ThenBy(t => t.CreatedAt)
        .First();

    private static Dictionary<string, object?>? Vars(object? variables) =>
        variables is null ? null : JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

    private static readonly Actor Clerk = Actor.User("张三", "承办人");
    private static readonly Actor Head = Actor.User("李四", "负责人");

    public static TheoryData<string> Scripts => ["correction by message", "correction lapsed", "committee", "handling overdue", "handling undeliverable", "return and delegate", "cancel", "patrol"];

    private static (string Xml, Step[] Steps) Script(string name) => name switch
    {
        "correction by message" => (DifferentialScenarios.Correction,
        [
            Start("Correction", new { caseNo = "复议〔2026〕12号" }, "复议〔2026〕12号"),
            Start("Correction", new { caseNo = "复议〔2026〕13号" }),
            Complete("Review", Clerk, new { needsCorrection = true }),
            Advance(TimeSpan.FromDays(2)),
            Correlate("补正材料已提交", "复议〔2026〕12号", new { 补正材料 = new[] { "身份证明", "委托书" } }),
            Complete("Decide", Head, new { 决定 = "受理" }),
        ]),
        "correction lapsed" => (DifferentialScenarios.Correction,
        [
            Start("Correction", new { caseNo = "复议〔2026〕14号" }),
            Complete("Review", Clerk, new { needsCorrection = true }),
            Advance(TimeSpan.FromDays(10) - TimeSpan.FromSeconds(1)),
            Advance(TimeSpan.FromSeconds(1)),
        ]),
        "committee" => (DifferentialScenarios.Committee,
        [
            Start("Committee", new { members = new[] { "王委员", "赵委员", "钱委员" } }),
            Advance(TimeSpan.FromDays(1)),
            Advance(TimeSpan.FromDays(1)),
            Advance(TimeSpan.FromDays(1)),
            Complete("WriteReply", Actor.User("被申请人代表", "被申请人"), new { 答复 = new { 意见 = "维持", 附件 = 2 } }),
            Complete("Opinion", Actor.User("王委员"), new { 王 = "同意" }),
            Complete("Opinion", Actor.User("钱委员"), new { 钱 = "同意" }),
            Complete("Opinion", Actor.User("赵委员"), new { 赵 = "反对" }),
            Complete("Deliberate", Actor.User("主任")),
        ]),
        "handling overdue" => (DifferentialScenarios.Handling,
        [
            Start("Handling", new { address = "北京市海淀区" }),
            Complete("Accept", Clerk),
            Advance(TimeSpan.FromDays(5)),
            Complete("Supervise", Head),
        ]),
        "handling undeliverable" => (DifferentialScenarios.Handling,
        [
            Start("Handling", new { address = "查无此人" }),
            Complete("Accept", Clerk),
            Claim("Investigate", Clerk),
            Complete("Investigate", Clerk),
            Advance(TimeSpan.FromDays(6)),
            Complete("Remedy", Clerk),
        ]),
        "return and delegate" => (DifferentialScenarios.Handling,
        [
            Start("Handling", new { address = "北京市海淀区" }),
            Complete("Accept", Clerk),
            Claim("Investigate", Clerk),
            Delegate("Investigate", Clerk, "王五"),
            Resolve("Investigate", Actor.User("王五"), new { 调查笔录 = "已询问" }),
            Return("Investigate", Clerk, "Accept"),
            Complete("Accept", Clerk),
            Complete("Investigate", Clerk),
        ]),
        "cancel" => (DifferentialScenarios.Committee,
        [
            Start("Committee", new { members = new[] { "王委员" } }),
            Advance(TimeSpan.FromHours(3)),
            Cancel(0),
            Advance(TimeSpan.FromDays(3)),
        ]),
        "patrol" => (DifferentialScenarios.Patrol,
        [
            Advance(TimeSpan.FromMinutes(59)),
            Advance(TimeSpan.FromMinutes(1)),
            Complete("Inspect", Actor.User("检查员甲", "检查员")),
            Advance(TimeSpan.FromHours(5)),
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task The_sqlite_store_is_observed_like_the_in_memory_store_after_every_step(string name)
    {
        var (xml, steps) = Script(name);
        IServiceTaskHandler[] handlers = [new Notify(), new Deliver()];
        var memory = new World(WorkflowStorage.InMemory(), new FakeTimeProvider(SqliteTestDatabase.Epoch), handlers);
        var sqlite = new World(_db.OpenStorage(), new FakeTimeProvider(SqliteTestDatabase.Epoch), handlers);
        await memory.Engine.DeployAsync(xml, "管理员");
        await sqlite.Engine.DeployAsync(xml, "管理员");
        Assert.Equal(await ObserveAsync(memory), await ObserveAsync(sqlite));

        for (var i = 0; i < steps.Length; i++)
        {
            await steps[i](memory);
            await steps[i](sqlite);
            var expected = await ObserveAsync(memory);
            Assert.True(expected == await ObserveAsync(sqlite), $"after step {i}:\n{Diff(expected, await ObserveAsync(sqlite))}");
        }
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        return $"in memory: {(first < e.Length ? e[first] : "(end)")}\nsqlite:    {(first < a.Length ? a[first] : "(end)")}\n\nin memory, whole:\n{expected}";
    }

    /// <summary>Everything a caller can see, in a stable order, with ids replaced by their order of appearance.</summary>
    private static async Task<string> ObserveAsync(World w)
    {
        var text = new StringBuilder();
        var allTasks = await w.Store.TasksAsync(new TaskQuery { OpenOnly = false });
        var roots = w.Roots.Concat(allTasks.OrderBy(t => t.CreatedAt).Select(t => t.RootInstanceId)).Distinct().ToArray();
        foreach (var root in roots)
        {
            var info = (await w.Engine.InstanceAsync(root))!;
            text.AppendLine($"instance {root} {info.ProcessId} {info.BusinessKey} {info.State} {At(info.StartedAt)} {At(info.EndedAt)} incident={info.HasIncident}");
            text.AppendLine($"  active [{string.Join(",", info.ActiveElements.Order(StringComparer.Ordinal))}]");
            text.AppendLine($"  variables {Canonical(info.Variables)}");
            foreach (var t in (await w.Engine.TreeTasksAsync(root, openOnly: false))
                     .OrderBy(t => t.CreatedAt).ThenBy(t => t.ElementId, StringComparer.Ordinal).ThenBy(t => t.Assignee, StringComparer.Ordinal).ThenBy(t => t.State))
                text.AppendLine($"  task {t.InstanceId} {t.ElementId} {t.Name} {t.State} a={t.Assignee} o={t.Owner} d={t.DelegationPending} "
                                + $"r=[{string.Join(",", t.CandidateRoles)}] u=[{string.Join(",", t.CandidateUsers)}] {t.FormKey} p={t.Priority} "
                                + $"due={At(t.DueAt)}/{t.DueProvisional} {At(t.CreatedAt)} {At(t.EndedAt)} {t.EndedBy} rev={t.Revision}");
            foreach (var e in await w.Engine.JournalAsync(root))
                text.AppendLine($"  journal {e.InstanceId} {e.Kind} {e.ElementId} {e.Actor} {At(e.At)} {e.Detail}");
        }
        foreach (var j in (await w.Store.JobsAsync(failedOnly: false)).OrderBy(j => j.DueAt).ThenBy(j => j.ElementId, StringComparer.Ordinal))
            text.AppendLine($"job {j.Kind} {j.InstanceId} {j.ElementId} {At(j.DueAt)} fired={j.FiredCount} retries={j.Retries} failed={j.Failed} {j.LastError}");
        foreach (var i in (await w.Engine.IncidentsAsync(openOnly: false)).OrderBy(i => i.CreatedAt).ThenBy(i => i.ElementId, StringComparer.Ordinal))
            text.AppendLine($"incident {i.InstanceId} {i.ElementId} {At(i.CreatedAt)} {At(i.ResolvedAt)} {i.Message}");
        foreach (var s in (await w.Store.SubscriptionsAsync("补正材料已提交")).OrderBy(s => s.CreatedAt))
            text.AppendLine($"subscription {s.MessageName} {s.CorrelationKey} {s.InstanceId} {s.ElementId} {At(s.CreatedAt)}");
        return Numbered(text.ToString());
    }

    private static string At(DateTimeOffset? at) => at?.ToUniversalTime().ToString("O") ?? "-";

    /// <summary>Variables by name, each value written the same way (escaping is representation, not value).</summary>
    private static string Canonical(IReadOnlyDictionary<string, JsonElement> variables) =>
        string.Join(", ", variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={JsonSerializer.Serialize(v.Value, Relaxed)}"));

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Replaces each distinct id by #1, #2 … in order of first appearance.</summary>
    private static string Numbered(string text)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return GuidPattern().Replace(text, m => "#" + (ids.TryGetValue(m.Value, out var n) ? n : ids[m.Value] = ids.Count + 1));
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
