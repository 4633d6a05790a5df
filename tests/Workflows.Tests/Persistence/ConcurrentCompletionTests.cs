namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>Two engines ("two nodes") on one SQLite file, acting on one instance at the same moment.</summary>
public sealed class ConcurrentCompletionTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>Runs both actions on their own threads, released together by a barrier; returns their outcomes.</summary>
    internal static async Task<Exception?[]> TogetherAsync(params Func<Task>[] actions)
    {
        using var barrier = new Barrier(actions.Length);
        var runs = actions.Select(action => Task.Run(async () =>
        {
            barrier.SignalAndWait();
            try
            {
                await action();
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        })).ToArray();
        return await Task.WhenAll(runs);
    }

    [Fact]
    public async Task Two_completions_of_one_task_exactly_one_wins_and_the_other_gets_a_conflict()
    {
        var nodeA = _db.OpenEngine("node-a");
        var nodeB = _db.OpenEngine("node-b");
        await nodeA.DeployAsync(PersistenceProcesses.Review, "管理员");
        for (var round = 0; round < 20; round++)
        {
            var instance = await nodeA.StartAsync("P", businessKey: $"复议〔2026〕{round}号");
            var handle = Assert.Single(await nodeB.InstanceTasksAsync(instance.Id));

            var outcomes = await TogetherAsync(
                () => nodeA.CompleteAsync(handle.Id, Actor.User("zhang"), new Dictionary<string, object?> { ["办理人"] = "zhang" }),
                () => nodeB.CompleteAsync(handle.Id, Actor.User("wang", "承办人"), new Dictionary<string, object?> { ["办理人"] = "wang" }));

            Assert.Single(outcomes, o => o is null);
            var loser = Assert.IsType<WorkflowException>(Assert.Single(outcomes, o => o is not null));
            Assert.Equal(WorkflowErrorKind.Conflict, loser.Kind);
            Assert.Contains("办结", loser.Message);

            var fresh = _db.OpenEngine("observer");
            var open = Assert.Single(await fresh.InstanceTasksAsync(instance.Id));
            Assert.Equal("Approve", open.ElementId);
            var done = Assert.Single(await fresh.InstanceTasksAsync(instance.Id, openOnly: false), t => t.Id == handle.Id);
            var winner = outcomes[0] is null ? "zhang" : "wang";
            Assert.Equal((HumanTaskState.Completed, winner), (done.State, done.EndedBy));
            Assert.Equal(winner, (await fresh.InstanceAsync(instance.Id))!.Variables["办理人"].GetString());
            var journal = await fresh.JournalAsync(instance.Id);
            Assert.Single(journal, e => e.Kind == JournalKind.TaskCompleted);
            Assert.Single(journal, e => e.Kind == JournalKind.ElementEntered && e.ElementId == "Approve");
            Assert.Single(journal, e => e.Kind == JournalKind.TaskCreated && e.ElementId == "Approve");
        }
    }

    [Fact]
    public async Task Completions_in_two_parallel_branches_both_succeed_and_the_join_fires_once()
    {
        var nodeA = _db.OpenEngine("node-a");
        var nodeB = _db.OpenEngine("node-b");
        await nodeA.DeployAsync(PersistenceProcesses.Parallel, "管理员");
        for (var round = 0; round < 10; round++)
        {
            var instance = await nodeA.StartAsync("P");
            var tasks = await nodeB.InstanceTasksAsync(instance.Id);
            var a = Assert.Single(tasks, t => t.ElementId == "A");
            var b = Assert.Single(tasks, t => t.ElementId == "B");

            var outcomes = await TogetherAsync(
                () => nodeA.CompleteAsync(a.Id, Actor.User("zhang", "承办人"), new Dictionary<string, object?> { ["甲意见"] = "同意" }),
                () => nodeB.CompleteAsync(b.Id, Actor.User("wang", "承办人"), new Dictionary<string, object?> { ["乙意见"] = "同意" }));

            Assert.All(outcomes, Assert.Null);
            var fresh = _db.OpenEngine("observer");
            var after = Assert.Single(await fresh.InstanceTasksAsync(instance.Id));
            Assert.Equal("After", after.ElementId);
            var state = await fresh.InstanceAsync(instance.Id);
            Assert.Equal(["After"], state!.ActiveElements);
            Assert.Equal("同意", state.Variables["甲意见"].GetString());
            Assert.Equal("同意", state.Variables["乙意见"].GetString());
            var journal = await fresh.JournalAsync(instance.Id);
            Assert.Equal(2, journal.Count(e => e.Kind == JournalKind.TaskCompleted));
            Assert.Equal(2, journal.Count(e => e.Kind == JournalKind.ElementEntered && e.ElementId == "Join"));
            Assert.Single(journal, e => e.Kind == JournalKind.ElementCompleted && e.ElementId == "Join");
            Assert.Single(journal, e => e.Kind == JournalKind.TaskCreated && e.ElementId == "After");
        }
    }

    [Fact]
    public async Task Claims_by_two_users_at_once_leave_exactly_one_assignee()
    {
        var nodeA = _db.OpenEngine("node-a");
        var nodeB = _db.OpenEngine("node-b");
        await nodeA.DeployAsync(PersistenceProcesses.Review, "管理员");
        for (var round = 0; round < 10; round++)
        {
            var instance = await nodeA.StartAsync("P");
            var handle = Assert.Single(await nodeA.InstanceTasksAsync(instance.Id));

            var outcomes = await TogetherAsync(
                () => nodeA.ClaimAsync(handle.Id, Actor.User("zhang")),
                () => nodeB.ClaimAsync(handle.Id, Actor.User("wang", "承办人")));

            var loser = Assert.IsType<WorkflowException>(Assert.Single(outcomes, o => o is not null));
            Assert.Equal(WorkflowErrorKind.Conflict, loser.Kind);
            var claimed = await _db.OpenEngine("observer").TaskAsync(handle.Id);
            Assert.Equal(outcomes[0] is null ? "zhang" : "wang", claimed!.Assignee);
            Assert.Single(await _db.OpenEngine("observer").JournalAsync(instance.Id), e => e.Kind == JournalKind.TaskClaimed);
        }
    }

    [Fact]
    public async Task One_message_sent_twice_at_once_is_delivered_once()
    {
        var nodeA = _db.OpenEngine("node-a");
        var nodeB = _db.OpenEngine("node-b");
        await nodeA.DeployAsync(DifferentialScenarios.Correction, "管理员");
        for (var round = 0; round < 10; round++)
        {
            var key = $"复议〔2026〕{round}号";
            var instance = await nodeA.StartAsync("Correction", new Dictionary<string, object?> { ["caseNo"] = key });
            await nodeA.CompleteAsync((await nodeA.InstanceTasksAsync(instance.Id))[0].Id, Actor.System,
                new Dictionary<string, object?> { ["needsCorrection"] = true });

            var outcomes = await TogetherAsync(
                () => nodeA.CorrelateMessageAsync("补正材料已提交", key, new Dictionary<string, object?> { ["来源"] = "窗口" }),
                () => nodeB.CorrelateMessageAsync("补正材料已提交", key, new Dictionary<string, object?> { ["来源"] = "邮寄" }));

            var late = Assert.IsType<WorkflowException>(Assert.Single(outcomes, o => o is not null));
            Assert.Equal(WorkflowErrorKind.NotFound, late.Kind);
            var fresh = _db.OpenEngine("observer");
            var journal = await fresh.JournalAsync(instance.Id);
            Assert.Single(journal, e => e.Kind == JournalKind.MessageCorrelated);
            Assert.Equal("Decide", Assert.Single(await fresh.InstanceTasksAsync(instance.Id)).ElementId);
            Assert.Equal(outcomes[0] is null ? "窗口" : "邮寄", (await fresh.InstanceAsync(instance.Id))!.Variables["来源"].GetString());
            Assert.Empty(await _db.OpenStore().JobsAsync(failedOnly: false));   // the gateway's timer went with the message
        }
    }
}
