using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>Service on every party (Art. 88, CPL Arts. 87–95) by the chosen method, with public notice deemed after 30 days.</summary>
public class ServiceTests
{
    [Fact]
    public async Task A_decision_is_served_on_every_party_and_public_notice_counts_after_thirty_days()
    {
        var c = await CaseDriver.StartAsync();
        await c.ToOrdinaryConclusionAsync("第三人李某", "第三人王某");
        await c.DoAsync("OrdinaryConclude", new { outcome = "decision" });
        await c.SignAsync("maintain");

        var serve = await c.OpenTasksAsync();
        Assert.Equal(4, serve.Count(t => t.ElementId == "Serve"));
        Assert.All(serve, t => Assert.Equal("service-record", t.FormKey));
        await c.DoAsync("Serve", new { serviceMethod = "public-notice", servedOn = "2026-03-02" });
        await c.DoAsync("Serve", new { serviceMethod = "post", servedOn = "2026-03-02" });
        await c.DoAsync("Serve", new { serviceMethod = "electronic", servedOn = "2026-03-02" });
        await c.DoAsync("Serve", new { serviceMethod = "direct", servedOn = "2026-03-02" });
        Assert.Equal(["receipt", "receipt", "receipt"], c.Parameters("service.record", "mode"));
        Assert.Equal(InstanceState.Active, (await c.InstanceAsync()).State);

        // Published on Monday 2 March: the thirtieth day is Wednesday 1 April.
        await c.AdvanceToAsync(new DateTimeOffset(2026, 4, 1, 23, 59, 59, TimeSpan.FromHours(8)));
        Assert.Equal(InstanceState.Active, (await c.InstanceAsync()).State);
        await c.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
        Assert.Equal("public-notice", c.Parameters("service.record", "mode")[^1]);
        var served = c.Calls.Where(x => x.Handler == "service.record").Select(x => x.Recipient).Order();
        Assert.Equal(new[] { CasePaths.Applicant, CasePaths.Respondent, "第三人李某", "第三人王某" }.Order(), served);
        // The lawsuit window is computed once all are served (the latest service date counts for each party).
        Assert.Equal(["served", "closed"], c.Statuses);
        Assert.Equal(["decision", "lawsuit"], c.Parameters("deadlines.compute", "kind"));
    }
}
