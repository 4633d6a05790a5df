namespace Reconsideration.Workflows.Tests.Runtime;

public class HumanTaskTests
{
    private static readonly Actor Clerk = Actor.User("clerk1", "clerk");
    private static readonly Actor Handler = Actor.User("handler1", "handler");
    private static readonly Actor OtherHandler = Actor.User("handler2", "handler");
    private static readonly Actor Reviewer = Actor.User("reviewer1", "reviewer");

    private static readonly string TwoSteps = EngineFixture.Sequence(
        """<bpmn:userTask id="review" name="审查" rc:candidateRoles="handler" rc:formKey="acceptance-review" rc:priority="70" rc:dueDate="P5WD"/>""",
        """<bpmn:userTask id="approve" name="审批" rc:candidateRoles="reviewer"/>""");

    [Fact]
    public async Task A_task_carries_its_candidates_form_priority_and_due_date_from_the_business_calendar()
    {
        var f = new EngineFixture();
        var instance = await f.DeployAndStartAsync(TwoSteps);
        var task = await f.OnlyOpenTaskAsync(instance.Id);

        Assert.Equal("审查", task.Name);
        Assert.Equal(["handler"], task.CandidateRoles);
        Assert.Equal("acceptance-review", task.FormKey);
        Assert.Equal(70, task.Priority);
        Assert.Equal("红府复〔2026〕1号", task.BusinessKey);
        // Monday 2026-03-02 + 5 working days = Monday 2026-03-09, due at the end of that day in Beijing time.
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(8)), task.DueAt);
        Assert.False(task.DueProvisional);
        Assert.Null(task.Assignee);
    }

    [Fact]
    public async Task Claimable_tasks_are_those_of_my_roles_and_my_tasks_are_those_I_claimed()
    {
        var f = new EngineFixture();
        var instance = await f.DeployAndStartAsync(TwoSteps);

        Assert.Single(await f.Engine.ClaimableTasksAsync(Handler));
        Assert.Empty(await f.Engine.ClaimableTasksAsync(Clerk));
        var task = (await f.Engine.ClaimableTasksAsync(Handler))[0];

        var claimed = await f.Engine.ClaimAsync(task.Id, Handler);
        Assert.Equal("handler1", claimed.Assignee);
        Assert.Empty(await f.Engine.ClaimableTasksAsync(OtherHandler));
        Assert.Single(await f.Engine.MyTasksAsync(Handler));

        await f.Engine.UnclaimAsync(task.Id, Handler);
        Assert.Empty(await f.Engine.MyTasksAsync(Handler));
        Assert.Single(await f.Engine.ClaimableTasksAsync(OtherHandler));
        Assert.Equal(instance.Id, (await f.Engine.TaskAsync(task.Id))!.InstanceId);
    }

    [Fact]
    public async Task Claiming_a_task_someone_holds_is_a_conflict_and_a_non_candidate_is_forbidden()
    {
        var f = new EngineFixture();
        var instance = await f.DeployAndStartAsync(TwoSteps);
        var task = await f.OnlyOpenTaskAsync(instance.Id);

        var forbidden = await Assert.ThrowsAsync<WorkflowException>(() => f.Engine.ClaimAsync(task.Id, Clerk));
        Assert.Equal(WorkflowErrorKind.Forbidden, forbidden.Kind);
        Assert.Contains("候选办理人", forbidden.Message);

        await f.Engine.ClaimAsync(task.Id, Handler);
        var taken = await Assert.ThrowsAsync<WorkflowException>(() => f.Engine.ClaimAsync(task.Id, OtherHandler));
        Assert.Equal(WorkflowErrorKind.Conflict, taken.Kind);
        Assert.Contains("handler1", taken.Message);

        var notMine = await Assert.ThrowsAsync<WorkflowException>(() => f.Engine.CompleteAsync(task.Id, OtherHandler));
        Assert.Equal(WorkflowErrorKind.Forbidden, notMine.Kind);
        Assert.Equal(HumanTaskState.Open, (await f.Engine.TaskAsync(task.Id))!.State);
    }

    [Fact]
    public async Task Completing_moves_the_case_on_and_completing_again_is_a_clear_conflict()
    {
        var f = new EngineFixture();
        var instance = await f.DeployAndStartAsync(TwoSteps);
        var task = await f.OnlyOpenTaskAsync(instance.Id);

        // A candidate may complete an unassigned task directly (claim and complete in one step).
        await f.Engine.CompleteAsync(task.Id, Handler, new Dictionary<string, object?> { ["opinion"] = "同意受理" });
        var next = await f.OnlyOpenTaskAsync(instance.Id);
        Assert.Equal("approve", next.ElementId);
        Assert.Equal("同意受理", (await f.Engine.InstanceAsync(instance.Id))!.Variables["opinion"].GetString());

        var again = await Assert.ThrowsAsync<WorkflowException>(() => f.Engine.CompleteAsync(task.Id, Handler));
        Assert.Equal(WorkflowErrorKind.Conflict, again.Kind);
        Assert.Contains("已由handler1办结", again.Message);

        await f.Engine.CompleteAsync(next.Id, Reviewer);
        Assert.Equal(InstanceState.Completed, (await f.Engine.InstanceAsync(instance.Id))!.State);
    }

    [Fact]
    public async Task A_delegated_task_goes_back_to_its_owner_when_resolved_and_cannot_be_completed_meanwhile()
    {
        var f = new EngineFixture();
        var instance = await f.DeployAndStartAsync(TwoSteps);
        var task = await f.OnlyOpenTaskAsync(instance.Id);
        await f.Engine.ClaimAsync(task.Id, Handler);

        var delegated = await f.Engine.DelegateAsync(task.Id, Handler, "assistant1");
        Assert.Equal("assistant1", delegated.Assignee);
        Assert.Equal("handler1", delegated.Owner);
        var assistant = Actor.User("assistant1");
        var blocked = await Assert.ThrowsAsync<WorkflowException>(() => f.Engine.CompleteAsync(task.Id, assistant));
        Assert.Equal(WorkflowErrorKind.Conflict, blocked.Kind);

        var resolved = await f.Engine.ResolveAsync(task.Id, assistant, new Dictionary<string, object?> { ["draft"] = "初稿" });
        Assert.Equal("handler1", resolved.Assignee);
        Assert.False(resolved.DelegationPending);
        await f.Engine.CompleteAsync(task.Id, Handler);
        Assert.Equal("approve", (await f.OnlyOpenTaskAsync(instance.Id)).ElementId);
        Assert.Equal("初稿", (await f.Engine.InstanceAsync(instance.Id))!.Variables["draft"].GetString());
    }

    [Fact]
    public async Task Return_sends_the_case_back_to_an_earlier_task_with_the_reason_in_the_journal()
    {
        var f = new EngineFixture();
        var instance = await f.DeployAndStartAsync(TwoSteps);
        var review = await f.OnlyOpenTaskAsync(instance.Id);
        await f.Engine.CompleteAsync(review.Id, Handler);
        var approve = await f.OnlyOpenTaskAsync(instance.Id);

        var noReason = await Assert.ThrowsAsync<WorkflowException>(() => f.Engine.ReturnAsync(approve.Id, Reviewer, "review", " "));
        Assert.Equal(WorkflowErrorKind.Invalid, noReason.Kind);
        var notDone = await Assert.ThrowsAsync<WorkflowException>(() => f.Engine.ReturnAsync(approve.Id, Reviewer, "approve", "重新审"));
        Assert.Equal(WorkflowErrorKind.Invalid, notDone.Kind);

        await f.Engine.ReturnAsync(approve.Id, Reviewer, "review", "事实认定不清，请补充调查");
        var again = await f.OnlyOpenTaskAsync(instance.Id);
        Assert.Equal("review", again.ElementId);
        Assert.NotEqual(review.Id, again.Id);
        Assert.Equal(HumanTaskState.Returned, (await f.Engine.TaskAsync(approve.Id))!.State);

        var journal = await f.Engine.JournalAsync(instance.Id);
        var returned = Assert.Single(journal, e => e.Kind == JournalKind.TaskReturned);
        Assert.Equal("reviewer1", returned.Actor);
        Assert.Contains("事实认定不清", returned.Detail);
    }

    [Fact]
    public async Task The_journal_records_every_step_with_its_actor_in_order()
    {
        var f = new EngineFixture();
        var instance = await f.DeployAndStartAsync(TwoSteps);
        var review = await f.OnlyOpenTaskAsync(instance.Id);
        await f.Engine.ClaimAsync(review.Id, Handler);
        await f.Engine.CompleteAsync(review.Id, Handler, new Dictionary<string, object?> { ["accepted"] = true });

        var journal = await f.Engine.JournalAsync(instance.Id);
        Assert.Equal(journal.OrderBy(e => e.Sequence).Select(e => e.Sequence), journal.Select(e => e.Sequence));
        var kinds = journal.Select(e => (e.Kind, e.ElementId)).ToList();
        Assert.Equal((JournalKind.InstanceStarted, null), kinds[0]);
        Assert.True(kinds.IndexOf((JournalKind.TaskClaimed, "review")) < kinds.IndexOf((JournalKind.TaskCompleted, "review")));
        Assert.Contains((JournalKind.VariableSet, "review"), kinds);
        Assert.Contains((JournalKind.TaskCreated, "approve"), kinds);
        Assert.Equal("handler1", journal.Single(e => e.Kind == JournalKind.TaskCompleted).Actor);
        Assert.All(journal, e => Assert.Equal(instance.Id, e.RootInstanceId));
    }

    [Fact]
    public async Task An_assignee_expression_assigns_the_task_from_a_variable()
    {
        var f = new EngineFixture();
        var bpmn = EngineFixture.Sequence("""<bpmn:userTask id="sign" rc:assignee="${ signer }" rc:candidateRoles="head"/>""");
        var instance = await f.DeployAndStartAsync(bpmn, new Dictionary<string, object?> { ["signer"] = "head1" });
        var task = await f.OnlyOpenTaskAsync(instance.Id);
        Assert.Equal("head1", task.Assignee);
        Assert.Single(await f.Engine.MyTasksAsync(Actor.User("head1")));
    }
}
