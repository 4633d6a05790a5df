namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>"Tasks for my roles" on SQLite goes through the candidate rows: exact names, each task once, open and unassigned only.</summary>
public sealed class CandidateQueryTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private async Task<(WorkflowEngine Engine, ProcessInstanceInfo Instance)> StartedAsync()
    {
        var engine = _db.OpenEngine();
        await engine.DeployAsync(PersistenceProcesses.Review, "管理员");
        return (engine, await engine.StartAsync("P"));
    }

    [Fact]
    public async Task A_task_is_claimable_through_any_of_its_roles_or_users_and_listed_once()
    {
        var (engine, instance) = await StartedAsync();
        var handle = Assert.Single(await engine.InstanceTasksAsync(instance.Id));

        Assert.Equal([handle.Id], (await engine.ClaimableTasksAsync(Actor.User("a", "承办人"))).Select(t => t.Id));
        Assert.Equal([handle.Id], (await engine.ClaimableTasksAsync(Actor.User("b", "法制审核员"))).Select(t => t.Id));
        Assert.Equal([handle.Id], (await engine.ClaimableTasksAsync(Actor.User("c", "承办人", "法制审核员", "负责人"))).Select(t => t.Id));
        Assert.Equal([handle.Id], (await engine.ClaimableTasksAsync(Actor.User("zhang"))).Select(t => t.Id));
    }

    [Theory]
    [InlineData("承办")]        // a prefix of a candidate role
    [InlineData("办人")]        // a suffix
    [InlineData("承办人, 法制审核员")]
    [InlineData("zhang")]       // a user id is not a role
    [InlineData("负责人")]      // the next task's role
    public async Task Only_exact_role_names_match(string role)
    {
        var (engine, _) = await StartedAsync();
        Assert.Empty(await engine.ClaimableTasksAsync(Actor.User("someone", role)));
    }

    [Fact]
    public async Task A_user_named_like_a_role_does_not_get_the_roles_tasks()
    {
        var (engine, _) = await StartedAsync();
        Assert.Empty(await engine.ClaimableTasksAsync(Actor.User("承办人")));
    }

    [Fact]
    public async Task Claimed_and_completed_tasks_leave_the_role_list()
    {
        var (engine, instance) = await StartedAsync();
        var handle = Assert.Single(await engine.InstanceTasksAsync(instance.Id));

        await engine.ClaimAsync(handle.Id, Actor.User("wang", "承办人"));
        var fresh = _db.OpenEngine();
        Assert.Empty(await fresh.ClaimableTasksAsync(Actor.User("b", "法制审核员")));
        Assert.Equal([handle.Id], (await fresh.MyTasksAsync(Actor.User("wang"))).Select(t => t.Id));

        await fresh.CompleteAsync(handle.Id, Actor.User("wang", "承办人"));
        Assert.Empty(await fresh.MyTasksAsync(Actor.User("wang")));
        var approve = Assert.Single(await fresh.ClaimableTasksAsync(Actor.User("li", "负责人")));
        Assert.Equal("Approve", approve.ElementId);
        Assert.Empty(await fresh.ClaimableTasksAsync(Actor.User("b", "法制审核员")));

        await fresh.UnclaimAsync((await fresh.ClaimAsync(approve.Id, Actor.User("li", "负责人"))).Id, Actor.User("li", "负责人"));
        Assert.Equal([approve.Id], (await _db.OpenEngine().ClaimableTasksAsync(Actor.User("zhao", "负责人"))).Select(t => t.Id));
    }

    [Fact]
    public async Task Tasks_of_many_instances_come_in_creation_order()
    {
        var (engine, first) = await StartedAsync();
        var ids = new List<Guid> { (await engine.InstanceTasksAsync(first.Id))[0].Id };
        for (var i = 0; i < 5; i++)
        {
            _db.Time.Advance(TimeSpan.FromSeconds(1));
            var next = await engine.StartAsync("P");
            ids.Add((await engine.InstanceTasksAsync(next.Id))[0].Id);
        }
        Assert.Equal(ids, (await _db.OpenEngine().ClaimableTasksAsync(Actor.User("a", "承办人"))).Select(t => t.Id));
    }
}
