namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>Every runtime record is written by one store and read back, equal in every member, by a fresh one.</summary>
public sealed class RecordRoundTripTests : IDisposable
{
    private readonly SqliteTestDatabase _db = new();
    private readonly SampleTree _tree = new(SqliteTestDatabase.Epoch);

    public void Dispose() => _db.Dispose();

    private async Task CommitSampleAsync() => await _db.OpenStore().CommitAsync(_tree.AsChanges());

    [Fact]
    public async Task Instance_with_tokens_and_variables_round_trips()
    {
        await CommitSampleAsync();
        var store = _db.OpenStore();

        RecordAssert.Equal(_tree.Root, await store.InstanceAsync(_tree.Root.Id));
        RecordAssert.Equal(_tree.Child, await store.InstanceAsync(_tree.Child.Id));
        var snapshot = await store.LoadTreeAsync(_tree.Root.Id);
        Assert.NotNull(snapshot);
        Assert.Equal(2, snapshot.Instances.Count);
        RecordAssert.Equal(_tree.Root, snapshot.Instances.Single(i => i.Id == _tree.Root.Id));
        RecordAssert.Equal(_tree.Child, snapshot.Instances.Single(i => i.Id == _tree.Child.Id));
    }

    [Fact]
    public async Task Chinese_text_is_stored_as_text_a_person_can_read()
    {
        await CommitSampleAsync();
        using var connection = _db.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Variables FROM wf_instances WHERE Id = $id";
        command.Parameters.AddWithValue("$id", _tree.Root.Id.ToString().ToUpperInvariant());
        var json = (string?)command.ExecuteScalar();
        Assert.NotNull(json);
        Assert.Contains("王五", json);
        Assert.Contains("身份证复印件", json);
    }

    [Fact]
    public async Task Token_states_are_stored_by_name_and_numbers_written_before_still_read()
    {
        await CommitSampleAsync();
        using (var connection = _db.OpenConnection())
        {
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT Tokens FROM wf_instances WHERE Id = RootId";
            Assert.Contains("\"State\":\"Scope\"", (string?)read.ExecuteScalar());
            using var write = connection.CreateCommand();
            write.CommandText = "UPDATE wf_instances SET Tokens = REPLACE(REPLACE(Tokens, '\"Waiting\"', '1'), '\"MultiInstanceInner\"', '2')";
            write.ExecuteNonQuery();
        }

        RecordAssert.Equal(_tree.Root, await _db.OpenStore().InstanceAsync(_tree.Root.Id));
    }

    [Fact]
    public async Task Task_with_candidates_round_trips()
    {
        await CommitSampleAsync();
        var store = _db.OpenStore();

        RecordAssert.Equal(_tree.Task, await store.TaskAsync(_tree.Task.Id));
        var snapshot = await store.LoadTreeAsync(_tree.Root.Id);
        RecordAssert.Equal(_tree.Task, Assert.Single(snapshot!.OpenTasks));
        Assert.Equal(4, _db.Scalar("SELECT COUNT(*) FROM wf_task_candidates"));
    }

    [Fact]
    public async Task Jobs_round_trip_with_and_without_an_instance()
    {
        await CommitSampleAsync();
        var store = _db.OpenStore();

        Assert.Equal(_tree.Job, await store.JobAsync(_tree.Job.Id));
        Assert.Equal(_tree.StartJob, await store.JobAsync(_tree.StartJob.Id));
        var snapshot = await store.LoadTreeAsync(_tree.Root.Id);
        Assert.Equal(_tree.Job, Assert.Single(snapshot!.Jobs));
        Assert.Equal([_tree.Job, _tree.StartJob], await store.JobsAsync(failedOnly: false));
    }

    [Fact]
    public async Task Subscription_round_trips()
    {
        await CommitSampleAsync();
        var store = _db.OpenStore();

        Assert.Equal(_tree.Subscription, Assert.Single(await store.SubscriptionsAsync("补正材料已提交")));
        Assert.Empty(await store.SubscriptionsAsync("补正材料"));
        var snapshot = await store.LoadTreeAsync(_tree.Root.Id);
        Assert.Equal(_tree.Subscription, Assert.Single(snapshot!.Subscriptions));
    }

    [Fact]
    public async Task Incident_round_trips()
    {
        await CommitSampleAsync();
        var store = _db.OpenStore();

        Assert.Equal(_tree.Incident, await store.IncidentAsync(_tree.Incident.Id));
        Assert.Equal(_tree.Incident, Assert.Single(await store.IncidentsAsync(openOnly: true)));
        var snapshot = await store.LoadTreeAsync(_tree.Root.Id);
        Assert.Equal(_tree.Incident, Assert.Single(snapshot!.OpenIncidents));
    }

    [Fact]
    public async Task Journal_entry_round_trips_with_its_sequence_assigned()
    {
        await CommitSampleAsync();
        var stored = Assert.Single(await _db.OpenStore().JournalAsync(_tree.Root.Id));

        Assert.True(stored.Sequence > 0);
        Assert.Equal(_tree.Journal with { Sequence = stored.Sequence }, stored);
    }

    [Fact]
    public async Task Updated_records_round_trip()
    {
        await CommitSampleAsync();
        var later = SqliteTestDatabase.Epoch.AddHours(3);
        var changes = new Storage.TreeChanges();
        var root = _tree.Root with
        {
            Variables = _tree.Root.Variables.SetItem("结论", SampleTree.Locals(("x", new { 决定 = "维持" }))["x"]),
            Tokens = _tree.Root.Tokens.RemoveAt(1),
            Revision = _tree.Root.Revision + 1,
        };
        var task = _tree.Task with { State = HumanTaskState.Completed, EndedAt = later, EndedBy = "张三", DelegationPending = false, Revision = 2 };
        var incident = _tree.Incident with { ResolvedAt = later, Revision = 3 };
        var job = _tree.Job with { LockOwner = null, LockExpiresAt = null, Failed = true, Retries = 0, Revision = 5 };
        changes.Instances.Updated.Add(root);
        changes.Tasks.Updated.Add(task);
        changes.Incidents.Updated.Add(incident);
        changes.Jobs.Updated.Add(job);
        changes.Subscriptions.Removed.Add(_tree.Subscription);
        await _db.OpenStore().CommitAsync(changes);

        var store = _db.OpenStore();
        RecordAssert.Equal(root, await store.InstanceAsync(root.Id));
        RecordAssert.Equal(task, await store.TaskAsync(task.Id));
        Assert.Equal(incident, await store.IncidentAsync(incident.Id));
        Assert.Equal(job, await store.JobAsync(job.Id));
        Assert.Empty(await store.SubscriptionsAsync(_tree.Subscription.MessageName));
        var snapshot = await store.LoadTreeAsync(root.Id);
        Assert.Empty(snapshot!.OpenTasks);
        Assert.Empty(snapshot.OpenIncidents);
        Assert.Equal(job, Assert.Single(await store.JobsAsync(failedOnly: true)));
    }
}
