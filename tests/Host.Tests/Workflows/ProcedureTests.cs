using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>Simplified procedure (Arts. 53–55), conversion to ordinary, extension (Art. 62).</summary>
public class ProcedureTests
{
    private static readonly DateTimeOffset Beijing = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_simplified_procedure_has_shorter_periods_no_mandatory_opinions_and_ends_in_a_decision()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept", "simplified");

        Assert.Equal(Beijing.AddDays(4), (await c.OpenTaskAsync("SimplifiedSendCopy")).DueAt); // Art. 54: 3 working days
        await c.DoAsync("SimplifiedSendCopy");
        await c.DoAsync("SimplifiedRecordReplyNoticeService", new { serviceMethod = "electronic", servedOn = "2026-03-02" });
        Assert.Equal(Beijing.AddDays(8), (await c.OpenTaskAsync("SimplifiedRecordReply")).DueAt); // 5 working days
        await c.DoAsync("SimplifiedRecordReply", new { replyReceived = true });
        await c.DoAsync("SimplifiedConclude", new { outcome = "decision" });
        await c.SignAsync("reject-request");
        await c.ServeAllAsync();

        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
        Assert.Equal(["simplified"], c.Parameters("deadlines.compute", "procedure").Where(p => p != ""));
        var visited = await c.VisitedAsync();
        Assert.DoesNotContain("HearOpinions", visited);
        Assert.DoesNotContain("CallOrdinaryReview", visited);
    }

    [Fact]
    public async Task Without_a_reply_in_five_working_days_the_simplified_procedure_goes_on_without_it()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept", "simplified");
        await c.DoAsync("SimplifiedSendCopy");
        await c.DoAsync("SimplifiedRecordReplyNoticeService", new { serviceMethod = "direct", servedOn = "2026-03-02" });
        await c.AdvanceToAsync(Beijing.AddDays(8));
        await c.DoAsync("SimplifiedConfirmNoReply", new { replyReceived = false });
        Assert.Single(c.Calls, x => x.Handler == "cases.recordNoReply");
        Assert.Equal(["SimplifiedConclude"], await c.OpenTaskIdsAsync());
    }

    [Fact]
    public async Task A_simplified_case_converted_with_the_bureau_heads_approval_continues_in_the_ordinary_procedure_after_the_reply()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept", "simplified");
        await c.ReplyAsync("Simplified");
        await c.DoAsync("SimplifiedConclude", new { outcome = "convert" });
        Assert.Equal(["bureau-head"], (await c.OpenTaskAsync("ApproveConversion")).CandidateRoles);

        await c.DoAsync("ApproveConversion", new { approved = false });
        Assert.Equal(["SimplifiedConclude"], await c.OpenTaskIdsAsync());
        await c.DoAsync("SimplifiedConclude", new { outcome = "convert" });
        await c.DoAsync("ApproveConversion", new { approved = true });

        // The reply already received stands; listening to opinions is now mandatory (Art. 49).
        Assert.Equal(["HearOpinions"], await c.OpenTaskIdsAsync());
        Assert.Equal(["simplified", "ordinary"], c.Parameters("deadlines.compute", "procedure"));
        Assert.Single(c.Issued, t => t == "reply-notice");
        await c.DoAsync("HearOpinions", new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false });
        await c.DoAsync("OrdinaryConclude", new { outcome = "decision" });
        await c.SignAsync("revoke", "SignByDistrictLeader");
        Assert.Equal("decision", c.Issued[^1]);
    }

    [Fact]
    public async Task The_ordinary_review_is_extended_once_with_the_bureau_heads_approval_and_never_twice()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept");
        await c.ReplyAsync();

        await c.MessageAsync("申请延期审理", new { extensionReason = "案情复杂" });
        Assert.Equal(["ApproveExtension", "HearOpinions"], await c.OpenTaskIdsAsync()); // the review goes on meanwhile
        await c.DoAsync("ApproveExtension", new { approved = true });
        Assert.Equal("extension-notice", c.Issued[^1]);
        Assert.Single(c.Calls, x => x.Handler == "cases.extend");

        await c.MessageAsync("申请延期审理");
        Assert.Equal(["HearOpinions"], await c.OpenTaskIdsAsync());
        Assert.Contains("NoSecondExtension", await c.VisitedAsync());
        Assert.Single(c.Issued, t => t == "extension-notice");
    }

    [Fact]
    public async Task A_refused_extension_can_be_asked_for_again_and_the_simplified_procedure_has_none()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.ReviewAsync("accept");
        await c.MessageAsync("申请延期审理");
        await c.DoAsync("ApproveExtension", new { approved = false });
        Assert.DoesNotContain("extension-notice", c.Issued);
        await c.MessageAsync("申请延期审理");
        Assert.Contains("ApproveExtension", await c.OpenTaskIdsAsync());

        var simplified = await CaseDriver.StartAsync();
        await simplified.IntakeAsync();
        await simplified.ReviewAsync("accept", "simplified");
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => simplified.MessageAsync("申请延期审理"));
        Assert.Equal(WorkflowErrorKind.NotFound, refused.Kind);
    }
}
