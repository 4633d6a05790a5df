using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>Service of a maintained decision on both parties by each method, and the lawsuit window it starts.</summary>
public sealed class ServiceScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("direct", ServiceMethod.Direct)]
    [InlineData("left", ServiceMethod.LeftAtAddress)]
    [InlineData("electronic", ServiceMethod.Electronic)]
    public async Task Service_on_the_day_handed_over_closes_the_case_and_starts_the_window_that_day(string method, ServiceMethod expected)
    {
        var id = await DecidedAsync();
        var form = new
        {
            serviceMethod = method, servedOn = ScenarioForms.Iso(_host.Today),
            witness = method == "left" ? "红谷滩区丰和社区居委会工作人员王某" : null,
            consent = method == "electronic" ? "申请人在行政复议申请书中确认同意以电子邮件方式送达" : null,
        };

        await ServeBothAsync(id, form);

        await AssertServedAsync(id, expected, servedOn: _host.Today);
    }

    [Fact]
    public async Task Service_by_post_counts_from_the_date_on_the_return_slip()
    {
        var id = await DecidedAsync();
        var posted = _host.Today;
        await _host.AdvanceAsync(3);

        await ServeBothAsync(id, new { serviceMethod = "post", servedOn = ScenarioForms.Iso(posted), returnSlipDate = ScenarioForms.Iso(_host.Today), trackingNumber = "EMS1234567890" });

        var served = await AssertServedAsync(id, ServiceMethod.Post, servedOn: _host.Today);
        Assert.All(served.ServiceRecords.Where(r => r.DocumentTypeKey == "decision"), r => Assert.Equal(posted, r.HandedOn));
    }

    [Fact]
    public async Task Service_by_public_notice_is_deemed_made_thirty_days_after_publication()
    {
        var id = await DecidedAsync();
        var published = _host.Today;
        await ServeBothAsync(id, new { serviceMethod = "public-notice", servedOn = ScenarioForms.Iso(published) });
        Assert.Equal(CaseStatus.Decided, (await _host.CaseAsync(id)).Status);
        Assert.DoesNotContain((await _host.CaseAsync(id)).ServiceRecords, r => r.DocumentTypeKey == "decision");

        // The thirtieth day is 1 April; the timer fires as it ends, and records service on that day.
        await _host.AdvanceAsync(30);
        Assert.Equal(CaseStatus.Decided, (await _host.CaseAsync(id)).Status);
        await _host.AdvanceAsync(1);

        await AssertServedAsync(id, ServiceMethod.PublicNotice, servedOn: published.AddDays(30));
    }

    /// <summary>A maintained decision, signed by the bureau head and issued today.</summary>
    private async Task<Guid> DecidedAsync()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        await _host.RepliedAsync(id, "Ordinary");
        var handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "HearOpinions", new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false });
        await _host.CompleteAsync(handler, id, "OrdinaryConclude", new { outcome = "decision" });
        await _host.SignAsync(id, ScenarioForms.Draft("maintain"), "SignByBureauHead", "bureau-head");
        Assert.Equal(CaseStatus.Decided, (await _host.CaseAsync(id)).Status);
        return id;
    }

    private async Task ServeBothAsync(Guid id, object form)
    {
        var clerk = await _host.ClientAsync("clerk");
        await _host.CompleteAsync(clerk, id, "Serve", form);
        await _host.CompleteAsync(clerk, id, "Serve", form);
    }

    private async Task<Case> AssertServedAsync(Guid id, ServiceMethod method, DateOnly servedOn)
    {
        var @case = await _host.CaseAsync(id);
        var records = @case.ServiceRecords.Where(r => r.DocumentTypeKey == "decision").ToList();
        Assert.Equal([RecipientRole.Applicant, RecipientRole.Respondent], records.Select(r => r.RecipientRole).Order());
        Assert.All(records, r => Assert.Equal((method, servedOn), (r.Method, r.ServedOn)));
        Assert.Equal(servedOn, @case.ServedOn);
        Assert.Equal(CaseStatus.Closed, @case.Status); // a maintained decision needs no follow-up
        var window = Assert.Single(_host.Deadlines().Compute(@case, _host.Today), d => d.Kind == DeadlineKind.LawsuitWindow);
        Assert.Equal(servedOn.AddDays(15), window.Due);
        Assert.Empty((await _host.OpenTasksAsync(await _host.ClientAsync("clerk"), id)).EnumerateArray());
        Assert.Empty(await _host.Engine.IncidentsAsync());
        return @case;
    }
}
