using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>The API's step routes on a case that runs on the workflow: they send its messages, so both agree.</summary>
public sealed class StepRouteScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Suspend_through_the_route_is_proposed_to_the_bureau_head_and_resume_through_the_route_resumes_the_workflow()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        await _host.RepliedAsync(id, "Ordinary");
        var handler = await _host.ClientAsync("handler");
        var revision = (await _host.CaseAsync(id)).Revision;

        var bad = await handler.PostAsJsonAsync($"/api/v1/cases/{id}/suspend",
            new { expectedRevision = revision, from = ScenarioForms.Iso(_host.Today), groundItem = 11, reason = "无" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["HearOpinions"], await _host.OpenElementsAsync(handler, id));

        await PostOkAsync(handler, $"/api/v1/cases/{id}/suspend",
            new { expectedRevision = revision, from = ScenarioForms.Iso(_host.Today), groundItem = 9, reason = "案件涉及法律适用问题，需要有权机关作出解释" });
        Assert.Equal(CaseStatus.InReview, (await _host.CaseAsync(id)).Status);
        Assert.Equal(["ApproveSuspension"], await _host.OpenElementsAsync(handler, id));
        await _host.CompleteAsync(await _host.ClientAsync("bureau-head"), id, "ApproveSuspension", ScenarioForms.Approve);
        var suspended = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.Suspended, suspended.Status);
        Assert.Equal(9, suspended.Suspensions.Single().GroundItem);

        await _host.AdvanceAsync(7);
        handler = await _host.ClientAsync("handler");
        await PostOkAsync(handler, $"/api/v1/cases/{id}/resume", new { expectedRevision = suspended.Revision, on = ScenarioForms.Iso(_host.Today) });

        var resumed = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.InReview, resumed.Status);
        Assert.Equal(_host.Today, resumed.Suspensions.Single().ResumedOn);
        Assert.Contains(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(resumed.Number), d => d.DocumentType == "resumption-notice");
        Assert.Equal(["HearOpinions"], await _host.OpenElementsAsync(handler, id));
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task Extend_through_the_route_is_the_bureau_heads_approval_the_workflow_issues_the_notice_and_asks_no_second_approval()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        var head = await _host.ClientAsync("bureau-head");

        await PostOkAsync(head, $"/api/v1/cases/{id}/extend", new
        {
            expectedRevision = (await _host.CaseAsync(id)).Revision, days = 30, approvedOn = ScenarioForms.Iso(_host.Today),
            reason = "案情复杂，需要调取更多证据，不能在规定期限内作出行政复议决定",
        });

        var extended = await _host.CaseAsync(id);
        Assert.Equal(30, extended.Extension!.Days);
        Assert.Single(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(extended.Number), d => d.DocumentType == "extension-notice");
        Assert.Equal(["OrdinarySendCopy"], await _host.OpenElementsAsync(head, id));
        Assert.Empty(await _host.Engine.IncidentsAsync());
        // The workflow knows the one extension is used: a second request ends at 不得再次延期 without a task.
        await ScenarioSteps.SendAsync(await _host.ClientAsync("handler"), id, "申请延期审理", new { extensionDays = 10, extensionReason = "再次延期" });
        Assert.Equal(["OrdinarySendCopy"], await _host.OpenElementsAsync(head, id));
    }

    private static async Task PostOkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
