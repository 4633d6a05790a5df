using System.Text;
using Reconsideration.Workflows.Tests.Parsing;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>The journal on SQLite: entries come back in the order they were recorded, and nothing recorded changes later.</summary>
public sealed class JournalTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>start → G1 → … → G40 (pass-through gateways) → 承办 → end: one commit records 80 steps in a known order.</summary>
    private static string Chain(int length)
    {
        var body = new StringBuilder("""<bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="G1" />""");
        for (var i = 1; i <= length; i++)
        {
            var next = i == length ? "T" : $"G{i + 1}";
            body.Append($"""<bpmn:exclusiveGateway id="G{i}" /><bpmn:sequenceFlow id="F{i}" sourceRef="G{i}" targetRef="{next}" />""");
        }
        body.Append("""<bpmn:userTask id="T" name="承办" /><bpmn:sequenceFlow id="FT" sourceRef="T" targetRef="E" /><bpmn:endEvent id="E" />""");
        return Bpmn.Process(body.ToString());
    }

    [Fact]
    public async Task Entries_of_one_commit_come_back_in_the_order_they_were_recorded()
    {
        var engine = _db.OpenEngine();
        await engine.DeployAsync(Chain(40), "管理员");
        var started = await engine.StartAsync("P");

        var journal = await _db.OpenEngine().JournalAsync(started.Id);
        var expected = new List<(JournalKind, string?)> { (JournalKind.InstanceStarted, null), (JournalKind.ElementEntered, "S"), (JournalKind.ElementCompleted, "S") };
        for (var i = 1; i <= 40; i++)
        {
            expected.Add((JournalKind.ElementEntered, $"G{i}"));
            expected.Add((JournalKind.ElementCompleted, $"G{i}"));
        }
        expected.Add((JournalKind.ElementEntered, "T"));
        expected.Add((JournalKind.TaskCreated, "T"));
        Assert.Equal(expected, journal.Select(e => (e.Kind, e.ElementId)));
        Assert.True(journal.Zip(journal.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    [Fact]
    public async Task Earlier_entries_never_change_and_later_ones_follow_them()
    {
        var engine = _db.OpenEngine();
        await engine.DeployAsync(PersistenceProcesses.Review, "管理员");
        var started = await engine.StartAsync("P", new Dictionary<string, object?> { ["申请人"] = "王五" });
        var other = await engine.StartAsync("P");
        var history = new List<IReadOnlyList<JournalEntry>> { await _db.OpenEngine().JournalAsync(started.Id) };

        var handle = Assert.Single(await engine.InstanceTasksAsync(started.Id));
        await engine.ClaimAsync(handle.Id, Actor.User("zhang"));
        history.Add(await _db.OpenEngine().JournalAsync(started.Id));
        _db.Time.Advance(TimeSpan.FromMinutes(5));
        await engine.CompleteAsync((await engine.InstanceTasksAsync(other.Id))[0].Id, Actor.System);
        await engine.CompleteAsync(handle.Id, Actor.User("zhang"), new Dictionary<string, object?> { ["意见"] = "拟维持" });
        history.Add(await _db.OpenEngine().JournalAsync(started.Id));
        await engine.CancelInstanceAsync(started.Id, Actor.User("admin"), "申请人撤回申请");
        history.Add(await _db.OpenEngine().JournalAsync(started.Id));

        foreach (var (before, after) in history.Zip(history.Skip(1)))
        {
            Assert.True(after.Count > before.Count);
            Assert.Equal(before, after.Take(before.Count));
            Assert.True(after.Zip(after.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence && p.First.At <= p.Second.At));
        }
        var last = history[^1];
        Assert.All(last, e => Assert.Equal(started.Id, e.RootInstanceId));
        Assert.Contains(last, e => e.Kind == JournalKind.TaskClaimed && e.Actor == "zhang");
        var opinion = Assert.Single(last, e => e.Kind == JournalKind.VariableSet && e.Detail!.StartsWith("意见 = ", StringComparison.Ordinal));
        Assert.Equal("拟维持", System.Text.Json.JsonDocument.Parse(opinion.Detail!["意见 = ".Length..]).RootElement.GetString());
        Assert.Equal((JournalKind.InstanceTerminated, "admin"), (last[^1].Kind, last[^1].Actor));
    }
}
