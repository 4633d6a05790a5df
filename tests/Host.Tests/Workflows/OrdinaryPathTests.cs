using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>The ordinary procedure from receipt to closing, and its reply stage (Arts. 30, 48–49, 61, 70, 75).</summary>
public class OrdinaryPathTests
{
    [Fact]
    public async Task Accepted_replied_and_maintained_the_case_is_served_and_closed()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        var review = await c.OpenTaskAsync("ReviewApplication");
        Assert.Equal("受理审查", review.Name);
        Assert.Equal("acceptance-review", review.FormKey);
        // Art. 30: five working days from receipt on Monday 2 March: end of Monday 9 March.
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(8)), review.DueAt);
        await c.ReviewAsync("accept");

        var copy = await c.OpenTaskAsync("OrdinarySendCopy");
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.FromHours(8)), copy.DueAt); // Art. 48: 7 working days
        await c.DoAsync("OrdinarySendCopy");
        await c.DoAsync("OrdinaryRecordReplyNoticeService", new { serviceMethod = "direct", servedOn = "2026-03-02" });
        var reply = await c.OpenTaskAsync("OrdinaryRecordReply");
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.FromHours(8)), reply.DueAt); // 10 working days
        await c.DoAsync("OrdinaryRecordReply", new { replyReceived = true });
        Assert.Equal("opinion-record", (await c.OpenTaskAsync("HearOpinions")).FormKey); // Art. 49: mandatory
        await c.DoAsync("HearOpinions", new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false });
        await c.DoAsync("OrdinaryConclude", new { outcome = "decision" });
        await c.SignAsync("maintain");

        var serve = await c.OpenTasksAsync();
        Assert.Equal(["Serve", "Serve"], serve.Select(t => t.ElementId));
        await c.ServeAllAsync();

        var instance = await c.InstanceAsync();
        Assert.Equal(InstanceState.Completed, instance.State);
        Assert.Equal(["receipt-of-materials", "acceptance-notice", "reply-notice", "decision"], c.Issued);
        Assert.Equal(["false"], c.Parameters("cases.accept", "deemed"));
        Assert.Equal(["decision", "lawsuit"], c.Parameters("deadlines.compute", "kind"));
        Assert.Equal(["ordinary"], c.Parameters("deadlines.compute", "procedure").Where(p => p != "").ToArray());
        Assert.Equal(["served", "closed"], c.Statuses);
        Assert.Equal(new[] { CasePaths.Applicant, CasePaths.Respondent }.Order(),
            c.Calls.Where(x => x.Handler == "service.record").Select(x => x.Recipient).Order());
        // Maintained: nothing to perform, so no follow-up task (Art. 77 concerns decisions that order something).
        Assert.DoesNotContain("CheckPerformance", await c.VisitedAsync());
    }

    [Fact]
    public async Task Without_a_reply_in_ten_working_days_the_handler_confirms_it_and_the_domain_records_Art_70()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept");
        await c.DoAsync("OrdinarySendCopy");
        await c.DoAsync("OrdinaryRecordReplyNoticeService", new { serviceMethod = "direct", servedOn = "2026-03-02" });

        // Served on Monday 2 March: the tenth working day is Monday 16 March; the period ends at its end.
        await c.AdvanceToAsync(new DateTimeOffset(2026, 3, 16, 23, 59, 59, TimeSpan.FromHours(8)));
        Assert.Equal(["OrdinaryRecordReply"], await c.OpenTaskIdsAsync());
        await c.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(["OrdinaryConfirmNoReply"], await c.OpenTaskIdsAsync());

        await c.DoAsync("OrdinaryConfirmNoReply", new { replyReceived = false });
        Assert.Single(c.Calls, x => x.Handler == "cases.recordNoReply");
        Assert.Equal(["HearOpinions"], await c.OpenTaskIdsAsync());
    }

    [Fact]
    public async Task A_hearing_is_noticed_and_held_on_its_date_and_the_committee_gives_its_opinion()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept");
        await c.ReplyAsync();
        await c.DoAsync("HearOpinions", new { opinionsHeard = true, hearingNeeded = true, committeeNeeded = true });
        Assert.Equal("hearing-arrangement", (await c.OpenTaskAsync("ArrangeHearing")).FormKey);
        // The form checks the 5 working days' notice of Art. 51; the workflow makes the hearing date the task's due date.
        await c.DoAsync("ArrangeHearing", new { hearingDate = "2026-03-20", hearingPlace = "区司法局听证室" });
        Assert.Equal("hearing-notice", c.Issued[^1]);
        var hearing = await c.OpenTaskAsync("HoldHearing");
        Assert.Equal(new DateTimeOffset(2026, 3, 21, 0, 0, 0, TimeSpan.FromHours(8)), hearing.DueAt);
        await c.DoAsync("HoldHearing");
        Assert.Single(c.Calls, x => x.Handler == "committee.refer");
        await c.DoAsync("RecordCommitteeOpinion", new { committeeOpinion = "建议维持" });
        Assert.Equal(["OrdinaryConclude"], await c.OpenTaskIdsAsync());
    }

    [Fact]
    public async Task A_decision_ordering_performance_is_followed_up_until_performed_with_an_order_to_perform()
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.DoAsync("OrdinaryConclude", new { outcome = "decision" });
        await c.DoAsync("Draft", new { decisionKind = "order-performance", opinionLetterNeeded = true });
        await c.DoAsync("ReviewDraft", new { approved = true });
        await c.DoAsync("SignByDistrictLeader", new { approved = true });
        await c.ServeAllAsync();

        Assert.Equal(["decision", "opinion-letter"], c.Issued.Skip(3));
        await c.DoAsync("CheckPerformance", new { performed = false });
        Assert.Equal("performance-order", c.Issued[^1]);
        await c.DoAsync("CheckPerformance", new { performed = true });
        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
        Assert.Equal("closed", c.Statuses[^1]);
    }
}
