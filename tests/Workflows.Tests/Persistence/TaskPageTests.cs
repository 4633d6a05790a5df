using Microsoft.Extensions.Time.Testing;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// A page of a task list (inbox, claimable, 已办): filtered, sorted, paged and counted by the store. The SQLite store
/// and the in-memory store are given the same history and must list the same tasks in the same order.
/// </summary>
public sealed class TaskPageTests : IDisposable
{
    private static readonly Actor Wang = Actor.User("wang", "承办人");
    private static readonly Actor Li = Actor.User("li", "承办人", "负责人");

    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static string Number(int serial) => $"红府复〔2026〕{serial}号";

    /// <summary>
    /// Twelve instances, a day apart (so their due dates differ), keyed 1号…12号 but started in a shuffled order; wang
    /// claims 3号 and 7号 and completes 5号, whose 审核 task (no due date) then waits for 负责人.
    /// </summary>
    private static async Task<Dictionary<string, Guid>> HistoryAsync(WorkflowEngine engine, FakeTimeProvider clock)
    {
        await engine.DeployAsync(PersistenceProcesses.Review, "管理员");
        var roots = new Dictionary<string, Guid>();
        foreach (var serial in new[] { 9, 2, 12, 5, 1, 10, 3, 7, 11, 4, 8, 6 })
        {
            roots[Number(serial)] = (await engine.StartAsync("P", businessKey: Number(serial))).Id;
            clock.Advance(TimeSpan.FromDays(1));
        }
        async Task<HumanTask> Handle(int serial) => (await engine.TreeTasksAsync(roots[Number(serial)])).Single();
        await engine.ClaimAsync((await Handle(3)).Id, Wang);
        await engine.ClaimAsync((await Handle(7)).Id, Wang);
        var five = await engine.ClaimAsync((await Handle(5)).Id, Wang);
        await engine.CompleteAsync(five.Id, Wang);
        return roots;
    }

    private async Task<(WorkflowEngine Sqlite, WorkflowEngine Memory, Dictionary<string, Guid> Roots)> EnginesAsync()
    {
        var sqlite = _db.OpenEngine();
        var roots = await HistoryAsync(sqlite, _db.Time);
        var clock = new FakeTimeProvider(SqliteTestDatabase.Epoch);
        var memory = new WorkflowEngine(WorkflowStorage.InMemory(), clock, calendar: SqliteTestDatabase.Calendar);
        await HistoryAsync(memory, clock);
        return (sqlite, memory, roots);
    }

    /// <summary>The page's business keys and element ids, the same on both stores.</summary>
    private static async Task<(string[] Keys, int Total)> BothAsync(WorkflowEngine sqlite, WorkflowEngine memory, TaskListQuery query)
    {
        var fromSqlite = await sqlite.TaskPageAsync(query);
        var fromMemory = await memory.TaskPageAsync(query);
        string[] Keys(TaskPage page) => [.. page.Items.Select(t => $"{t.BusinessKey}/{t.ElementId}")];
        Assert.Equal(Keys(fromMemory), Keys(fromSqlite));
        Assert.Equal(fromMemory.Total, fromSqlite.Total);
        return (Keys(fromSqlite), fromSqlite.Total);
    }

    [Fact]
    public async Task Business_keys_sort_by_number_and_pages_add_up_to_the_whole_list()
    {
        var (sqlite, memory, _) = await EnginesAsync();
        var query = new TaskListQuery { Scope = TaskListScope.MineOrClaimable, Actor = Wang, Sort = TaskListSort.BusinessKey, Take = 4 };

        var pages = new List<string>();
        for (var skip = 0; skip < 12; skip += 4)
        {
            var (keys, total) = await BothAsync(sqlite, memory, query with { Skip = skip });
            Assert.Equal(11, total);   // twelve 承办 tasks less the completed one
            pages.AddRange(keys);
        }
        Assert.Equal([.. new[] { 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12 }.Select(n => Number(n) + "/Handle")], pages);

        var (descending, _) = await BothAsync(sqlite, memory, query with { Descending = true, Take = 3 });
        Assert.Equal([Number(12) + "/Handle", Number(11) + "/Handle", Number(10) + "/Handle"], descending);
    }

    [Fact]
    public async Task Scopes_separate_mine_claimable_and_done()
    {
        var (sqlite, memory, _) = await EnginesAsync();
        var mine = await BothAsync(sqlite, memory, new TaskListQuery { Scope = TaskListScope.Mine, Actor = Wang, Sort = TaskListSort.BusinessKey });
        Assert.Equal([Number(3) + "/Handle", Number(7) + "/Handle"], mine.Keys);

        var claimable = await BothAsync(sqlite, memory, new TaskListQuery { Scope = TaskListScope.Claimable, Actor = Wang, Take = 100 });
        Assert.Equal(9, claimable.Total);   // twelve less the three wang claimed
        Assert.DoesNotContain(Number(3) + "/Handle", claimable.Keys);

        var done = await BothAsync(sqlite, memory, new TaskListQuery { Scope = TaskListScope.CompletedByMe, Actor = Wang });
        Assert.Equal([Number(5) + "/Handle"], done.Keys);
        Assert.Equal(0, (await sqlite.TaskPageAsync(new TaskListQuery { Scope = TaskListScope.CompletedByMe, Actor = Li })).Total);
    }

    [Fact]
    public async Task Due_order_puts_tasks_without_a_due_date_last_in_both_directions()
    {
        var (sqlite, memory, _) = await EnginesAsync();
        var query = new TaskListQuery { Scope = TaskListScope.Claimable, Actor = Li, Take = 100 };

        var (ascending, total) = await BothAsync(sqlite, memory, query);
        Assert.Equal(10, total);   // nine unclaimed 承办 tasks and the 审核 of 5号
        // Started 9, 2, 12, 1, 10, 11, 4, 8, 6 (a day apart, claimed ones left out): due dates in that order.
        Assert.Equal([.. new[] { 9, 2, 12, 1, 10, 11, 4, 8, 6 }.Select(n => Number(n) + "/Handle"), Number(5) + "/Approve"], ascending);

        // 1号 (Friday) and 10号 (Saturday) fall due on the same day: ties keep creation order.
        var (descending, _) = await BothAsync(sqlite, memory, query with { Descending = true });
        Assert.Equal([.. new[] { 6, 8, 4, 11, 1, 10, 12, 2, 9 }.Select(n => Number(n) + "/Handle"), Number(5) + "/Approve"], descending);
    }

    [Fact]
    public async Task Text_matches_part_of_the_name_or_the_business_key_and_trees_narrow_the_list()
    {
        var (sqlite, memory, roots) = await EnginesAsync();
        var query = new TaskListQuery { Scope = TaskListScope.MineOrClaimable, Actor = Li, Sort = TaskListSort.BusinessKey, Take = 100 };

        Assert.Equal([Number(1) + "/Handle", Number(10) + "/Handle", Number(11) + "/Handle", Number(12) + "/Handle"],
            (await BothAsync(sqlite, memory, query with { Text = "〔2026〕1" })).Keys);
        Assert.Equal([Number(5) + "/Approve"], (await BothAsync(sqlite, memory, query with { Text = " 审核 " })).Keys);
        Assert.Equal(0, (await BothAsync(sqlite, memory, query with { Text = "%" })).Total);   // a wildcard is a character

        var some = new[] { roots[Number(2)], roots[Number(5)], roots[Number(11)] };
        Assert.Equal([Number(2) + "/Handle", Number(5) + "/Approve", Number(11) + "/Handle"],
            (await sqlite.TaskPageAsync(query with { RootInstanceIds = some })).Items.Select(t => $"{t.BusinessKey}/{t.ElementId}"));
        Assert.Equal(0, (await sqlite.TaskPageAsync(query with { RootInstanceIds = [] })).Total);
    }
}
