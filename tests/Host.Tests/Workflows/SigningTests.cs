using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>The approval chain 承办人 → 审核人 → 签发人, the signer by decision kind (DOMAIN.md "Signing practice"), 退回.</summary>
public class SigningTests
{
    [Theory]
    [InlineData("maintain", "SignByBureauHead", "bureau-head")]
    [InlineData("reject-request", "SignByBureauHead", "bureau-head")]
    [InlineData("vary", "SignByDistrictLeader", "district-leader")]
    [InlineData("revoke", "SignByDistrictLeader", "district-leader")]
    [InlineData("partially-revoke", "SignByDistrictLeader", "district-leader")]
    [InlineData("confirm-illegal", "SignByDistrictLeader", "district-leader")]
    [InlineData("confirm-void", "SignByDistrictLeader", "district-leader")]
    [InlineData("order-performance", "SignByDistrictLeader", "district-leader")]
    public async Task Each_decision_kind_goes_to_its_signer(string decisionKind, string signTask, string role)
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.DoAsync("OrdinaryConclude", new { outcome = "decision" });
        Assert.Equal("decision-draft", (await c.OpenTaskAsync("Draft")).FormKey);
        await c.DoAsync("Draft", new { decisionKind });
        await c.DoAsync("ReviewDraft", new { approved = true });

        var sign = Assert.Single(await c.OpenTasksAsync());
        Assert.Equal(signTask, sign.ElementId);
        Assert.Equal([role], sign.CandidateRoles);
        var other = role == "bureau-head" ? Roles.DistrictLeader : Roles.BureauHead;
        Assert.DoesNotContain(await c.Engine.ClaimableTasksAsync(other), t => t.Id == sign.Id);
    }

    [Theory]
    [InlineData("dismissal", "dismissal-decision")]
    [InlineData("termination", "termination-decision")]
    public async Task Procedural_outcomes_are_signed_by_the_bureau_head(string outcome, string document)
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.DoAsync("OrdinaryConclude", new { outcome });
        await c.SignAsync(outcome);
        Assert.Equal(document, c.Issued[^1]);
    }

    [Fact]
    public async Task A_reviewer_or_signer_who_disagrees_sends_the_draft_back_to_the_drafter()
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.DoAsync("OrdinaryConclude", new { outcome = "decision" });
        await c.DoAsync("Draft", new { decisionKind = "vary" });
        await c.DoAsync("ReviewDraft", new { approved = false, approvalComment = "变更幅度的理由不充分" });
        Assert.Equal(["Draft"], await c.OpenTaskIdsAsync());

        await c.DoAsync("Draft", new { decisionKind = "vary" });
        await c.DoAsync("ReviewDraft", new { approved = true });
        await c.DoAsync("SignByDistrictLeader", new { approved = false, approvalComment = "请改为撤销" });
        Assert.Equal(["Draft"], await c.OpenTaskIdsAsync());

        await c.SignAsync("revoke", "SignByDistrictLeader");
        Assert.Equal("decision", c.Issued[^1]);
        Assert.Equal(3, (await c.Engine.TreeTasksAsync(c.RootId, openOnly: false)).Count(t => t.ElementId == "Draft"));
    }

    [Fact]
    public async Task The_engines_return_also_brings_the_draft_back_to_the_drafter()
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.DoAsync("OrdinaryConclude", new { outcome = "decision" });
        await c.DoAsync("Draft", new { decisionKind = "maintain" });
        await c.DoAsync("ReviewDraft", new { approved = true });

        var sign = await c.OpenTaskAsync("SignByBureauHead");
        await c.Engine.ReturnAsync(sign.Id, Roles.BureauHead, "Draft", "事实部分需补充");
        Assert.Equal(["Draft"], await c.OpenTaskIdsAsync());
        Assert.Equal(HumanTaskState.Returned, (await c.Engine.TaskAsync(sign.Id))!.State);
    }

    [Fact]
    public async Task An_unknown_decision_kind_stops_at_an_incident_instead_of_reaching_a_signer()
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync();
        await c.DoAsync("OrdinaryConclude", new { outcome = "decision" });
        await c.DoAsync("Draft", new { decisionKind = "compensation" });
        await c.DoAsync("ReviewDraft", new { approved = true });

        Assert.Empty(await c.OpenTaskIdsAsync());
        Assert.Contains(await c.Engine.IncidentsAsync(), i => i.ElementId == "Signer");
    }
}
