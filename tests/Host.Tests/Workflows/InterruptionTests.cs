using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>Suspension and resumption (Arts. 39–41), withdrawal and settlement (Art. 74), mediation (Art. 73).</summary>
public class InterruptionTests
{
    [Fact]
    public async Task A_suspended_review_waits_and_resumes_where_it_stood_with_both_notices()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept");
        await c.ReplyAsync();

        await c.MessageAsync("中止审理", new { suspensionGround = "申请人死亡，其近亲属尚未确定是否参加" });
        Assert.Equal(["ApproveSuspension"], await c.OpenTaskIdsAsync()); // the review's tasks are withdrawn
        await c.DoAsync("ApproveSuspension", new { approved = true });
        Assert.Equal("suspension-notice", c.Issued[^1]);
        Assert.Equal("suspended", c.Statuses[^1]);
        Assert.Empty(await c.OpenTaskIdsAsync());

        await c.AdvanceAsync(TimeSpan.FromDays(20));
        await c.MessageAsync("恢复审理");
        Assert.Equal(["resumption-notice"], c.Issued.SkipWhile(t => t != "suspension-notice").Skip(1));
        Assert.Equal("in-review", c.Statuses[^1]);
        // The reply stage is done, so the review resumes at listening to opinions; no second copy goes out.
        Assert.Equal(["HearOpinions"], await c.OpenTaskIdsAsync());
        Assert.Single(c.Issued, t => t == "reply-notice");
    }

    [Fact]
    public async Task A_suspension_the_bureau_head_refuses_returns_to_the_review()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept");
        await c.MessageAsync("中止审理");
        await c.DoAsync("ApproveSuspension", new { approved = false });
        Assert.Equal(["OrdinarySendCopy"], await c.OpenTaskIdsAsync());
        Assert.DoesNotContain("suspension-notice", c.Issued);
    }

    [Fact]
    public async Task Sixty_days_of_suspension_prompt_a_termination_review_that_can_end_the_case()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept", "simplified");
        await c.MessageAsync("中止审理");
        await c.DoAsync("ApproveSuspension", new { approved = true });

        // Day 60 is 1 May, a holiday: the period ends with Wednesday 6 May.
        await c.AdvanceToAsync(new DateTimeOffset(2026, 5, 6, 23, 59, 59, TimeSpan.FromHours(8)));
        Assert.Empty(await c.OpenTaskIdsAsync());
        await c.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal("termination-review", (await c.OpenTaskAsync("ReviewTermination")).FormKey);
        await c.DoAsync("ReviewTermination", new { outcome = "termination", terminationGround = "中止满六十日，原因仍未消除" });
        await c.SignAsync("termination");
        await c.ServeAllAsync();

        Assert.Equal(["suspension-notice", "termination-decision"], c.Issued.Skip(2));
        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
    }

    [Fact]
    public async Task A_permitted_withdrawal_after_settlement_ends_in_a_termination_decision()
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.MessageAsync("申请撤回", new { withdrawalReason = "双方和解" });
        Assert.Equal(["OrdinaryReviewWithdrawal"], await c.OpenTaskIdsAsync());
        await c.DoAsync("OrdinaryReviewWithdrawal", new { outcome = "termination", settlement = true, terminationGround = "申请人撤回申请" });
        await c.SignAsync("termination");
        await c.ServeAllAsync();

        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
        Assert.Equal("termination-decision", c.Issued[^1]);
        Assert.DoesNotContain("CheckPerformance", await c.VisitedAsync());
    }

    [Fact]
    public async Task A_withdrawal_not_permitted_returns_to_the_review()
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.MessageAsync("申请撤回");
        await c.DoAsync("OrdinaryReviewWithdrawal", new { outcome = "continue" });
        // Reply and opinions are on record, so the review resumes at the conclusion.
        Assert.Equal(["OrdinaryConclude"], await c.OpenTaskIdsAsync());
        Assert.Single(await c.Engine.TreeTasksAsync(c.RootId, openOnly: false), t => t.ElementId == "HearOpinions");
    }

    [Fact]
    public async Task Mediation_that_fails_goes_back_to_the_conclusion_and_an_agreement_ends_in_a_mediation_agreement()
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.DoAsync("OrdinaryConclude", new { outcome = "mediation" });
        await c.DoAsync("OrdinaryMediate", new { mediationAgreed = false });
        Assert.Equal(["OrdinaryConclude"], await c.OpenTaskIdsAsync()); // Art. 73(2): decide instead, or try again
        await c.DoAsync("OrdinaryConclude", new { outcome = "mediation" });
        await c.DoAsync("OrdinaryMediate", new { mediationAgreed = true });
        await c.SignAsync("mediation");
        await c.ServeAllAsync();

        Assert.Equal("mediation-agreement", c.Issued[^1]);
        // Art. 77: the respondent must perform a mediation agreement too.
        await c.DoAsync("CheckPerformance", new { performed = true });
        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
    }
}
