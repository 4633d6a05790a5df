using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Tests.Features.Api;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>The shipped workflow driven through the API with the real handlers, from intake to the closed case.</summary>
public sealed class OrdinaryScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_ordinary_case_runs_from_intake_to_a_signed_decision_served_and_closed()
    {
        var clerk = await _host.ClientAsync("clerk");
        var handler = await _host.ClientAsync("handler");
        var detail = await ApiJson.RegisterAsync(clerk, _host.Today);
        var id = detail.Id();

        await _host.CompleteAsync(handler, id, "ReviewApplication", new { reviewResult = "accept", procedure = "ordinary" });
        var accepted = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.InReview, accepted.Status);
        Assert.Equal(_host.Today, accepted.Acceptance!.On);

        await _host.CompleteAsync(handler, id, "OrdinarySendCopy", new { copySentOn = ScenarioForms.Iso(_host.Today) });
        await _host.CompleteAsync(clerk, id, "OrdinaryRecordReplyNoticeService", ScenarioForms.Direct(_host.Today));
        Assert.Equal(_host.Today, (await _host.CaseAsync(id)).ReplyRequest!.RespondentReceivedOn);
        await _host.AdvanceAsync(3);
        // Tokens last eight hours of the (fake) clock: sign in again after the days passed.
        clerk = await _host.ClientAsync("clerk");
        handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "OrdinaryRecordReply", new { replyReceived = true, replyReceivedOn = ScenarioForms.Iso(_host.Today) });
        Assert.Equal(_host.Today, (await _host.CaseAsync(id)).ReplyRequest!.RepliedOn);
        await _host.CompleteAsync(handler, id, "HearOpinions", new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false });
        await _host.CompleteAsync(handler, id, "OrdinaryConclude", new { outcome = "decision" });
        await _host.CompleteAsync(handler, id, "Draft", ScenarioForms.Draft("maintain"));
        await _host.CompleteAsync(await _host.ClientAsync("reviewer"), id, "ReviewDraft", ScenarioForms.Approve);
        await _host.CompleteAsync(await _host.ClientAsync("bureau-head"), id, "SignByBureauHead", ScenarioForms.Approve);

        var decided = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(DecisionType.Maintain, decided.Decision!.Type);
        var register = _host.Services.GetRequiredService<IssuedDocumentRegister>();
        Assert.True(register.ForCase(decided.Number).Any(d => d.DocumentType == "decision"), await _host.FailuresAsync(handler, id));
        var decision = Assert.Single(register.ForCase(decided.Number), d => d.DocumentType == "decision");
        Assert.Equal(decided.Documents.Single(d => d.TypeKey == "decision").Number, decision.DocumentNumber);
        var pdf = await (await handler.GetAsync($"/api/v1/cases/{id}/documents/{decision.VerificationCode}")).Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("/ByteRange", System.Text.Encoding.ASCII.GetString(pdf));

        // One service task per party (applicant and respondent), each recorded by the clerk.
        await _host.CompleteAsync(clerk, id, "Serve", ScenarioForms.Direct(_host.Today));
        await _host.CompleteAsync(clerk, id, "Serve", ScenarioForms.Direct(_host.Today));

        var closed = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(_host.Today, closed.ServedOn);
        Assert.Empty((await _host.OpenTasksAsync(handler, id)).EnumerateArray());
        Assert.Empty(await _host.Engine.IncidentsAsync());
        // Every document the workflow issued took its own type's number once.
        Assert.Equal(closed.Documents.Count, closed.Documents.Select(d => d.TypeKey).Distinct().Count());
    }

    [Fact]
    public async Task A_task_completed_twice_answers_409_in_Chinese_and_changes_nothing()
    {
        var handler = await _host.ClientAsync("handler");
        var id = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), _host.Today)).Id();
        var task = (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == "ReviewApplication");
        var url = $"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete";
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync(url, new { variables = new { reviewResult = "accept", procedure = "ordinary" } })).StatusCode);
        var before = await _host.CaseAsync(id);

        var again = await handler.PostAsJsonAsync(url, new { variables = new { reviewResult = "refuse" } });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);
        var problem = await again.ReadAsync();
        Assert.Contains("已由", problem.GetProperty("detail").GetString());
        Assert.Equal(before.Revision, (await _host.CaseAsync(id)).Revision);
        Assert.Equal(CaseStatus.InReview, (await _host.CaseAsync(id)).Status);
    }
}
