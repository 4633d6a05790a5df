using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>What a failing or re-run handler leaves behind: an incident in Chinese and nothing half done.</summary>
public sealed class HandlerFailureScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_draft_without_its_holding_becomes_an_incident_and_the_retry_after_the_fix_issues_the_decision()
    {
        var clerk = await _host.ClientAsync("clerk");
        var handler = await _host.ClientAsync("handler");
        var id = (await ApiJson.RegisterAsync(clerk, _host.Today)).Id();
        await _host.CompleteAsync(handler, id, "ReviewApplication", new { reviewResult = "accept", procedure = "ordinary" });
        await _host.CompleteAsync(handler, id, "OrdinarySendCopy", new { copySentOn = ScenarioForms.Iso(_host.Today) });
        await _host.CompleteAsync(clerk, id, "OrdinaryRecordReplyNoticeService", ScenarioForms.Direct(_host.Today));
        await _host.CompleteAsync(handler, id, "OrdinaryRecordReply", new { replyReceived = true, replyReceivedOn = ScenarioForms.Iso(_host.Today) });
        await _host.CompleteAsync(handler, id, "HearOpinions", new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false });
        await _host.CompleteAsync(handler, id, "OrdinaryConclude", new { outcome = "decision" });
        var draft = JsonSerializer.SerializeToElement(ScenarioForms.Draft("maintain"));
        var withoutHolding = draft.EnumerateObject().Where(p => p.Name != "holding").ToDictionary(p => p.Name, p => p.Value);
        await _host.CompleteAsync(handler, id, "Draft", withoutHolding);
        await _host.CompleteAsync(await _host.ClientAsync("reviewer"), id, "ReviewDraft", ScenarioForms.Approve);
        await _host.CompleteAsync(await _host.ClientAsync("bureau-head"), id, "SignByBureauHead", ScenarioForms.Approve);
        for (var i = 0; i < 4; i++) await _host.AdvanceAsync(TimeSpan.FromMinutes(10));

        var incident = Assert.Single(await _host.Engine.IncidentsAsync());
        Assert.Equal("IssueDecision", incident.ElementId);
        Assert.Contains("需要流程变量“holding”", incident.Message);
        var untouched = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.InReview, untouched.Status);
        Assert.DoesNotContain(untouched.Documents, d => d.TypeKey == "decision");

        await _host.Engine.SetVariablesAsync(incident.InstanceId, new Dictionary<string, object?> { ["holding"] = "维持被申请人作出的行政处罚决定。" }, Actor.System);
        await _host.Engine.RetryIncidentAsync(incident.Id, Actor.System);

        var decided = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Single(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(decided.Number), d => d.DocumentType == "decision");
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task Issuing_again_for_the_same_step_issues_no_second_document_and_takes_no_second_number()
    {
        var id = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), _host.Today)).Id();
        await _host.CompleteAsync(await _host.ClientAsync("handler"), id, "ReviewApplication", new { reviewResult = "accept", procedure = "ordinary" });
        var @case = await _host.CaseAsync(id);
        var register = _host.Services.GetRequiredService<IssuedDocumentRegister>();
        var issue = _host.Services.GetServices<IServiceTaskHandler>().Single(h => h.Name == "documents.issue");
        var variables = new Dictionary<string, JsonElement> { ["caseId"] = JsonSerializer.SerializeToElement(id.ToString()) };
        var parameters = new Dictionary<string, string> { ["type"] = "acceptance-notice" };
        var step = Guid.NewGuid();

        // The same step run twice (a retry after a failed commit): the second run finds the first one's document.
        issue.Execute(new ServiceTaskContext(step, @case.Number, "IssueAcceptance", "制发受理通知书", parameters, variables, _host.Clock.GetUtcNow()));
        issue.Execute(new ServiceTaskContext(step, @case.Number, "IssueAcceptance", "制发受理通知书", parameters, variables, _host.Clock.GetUtcNow()));

        var notices = register.ForCase(@case.Number).Where(d => d.DocumentType == "acceptance-notice").ToList();
        Assert.Equal(2, notices.Count); // the workflow's own notice, and the one of the re-run step
        Assert.Single(notices.Select(n => n.DocumentNumber).Distinct());
        Assert.Single((await _host.CaseAsync(id)).Documents, d => d.TypeKey == "acceptance-notice");
    }
}
