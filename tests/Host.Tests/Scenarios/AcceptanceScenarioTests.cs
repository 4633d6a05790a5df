using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>The acceptance stage of the shipped workflow with the real handlers: correction, refusal, deemed acceptance.</summary>
public sealed class AcceptanceScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Corrected_materials_start_the_review_again_and_the_case_is_accepted()
    {
        var (id, _) = await CorrectionServedAsync();
        await _host.AdvanceAsync(2);
        var handler = await _host.ClientAsync("handler");
        var revision = (await _host.CaseAsync(id)).Revision;
        var received = await handler.PostAsJsonAsync($"/api/v1/cases/{id}/correction/materials-received",
            new { expectedRevision = revision, on = ScenarioForms.Iso(_host.Today) });
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        // The route sent the workflow its message 补正材料已提交: the review task is open again.
        Assert.Equal(CaseStatus.UnderAcceptanceReview, (await _host.CaseAsync(id)).Status);

        await _host.CompleteAsync(handler, id, "ReviewApplication", new { reviewResult = "accept", procedure = "ordinary" });

        var accepted = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.InReview, accepted.Status);
        Assert.Equal(_host.Today, accepted.Acceptance!.On);
        Assert.Contains((await _host.OpenTasksAsync(handler, id)).EnumerateArray(), t => t.GetProperty("elementId").GetString() == "OrdinarySendCopy");
    }

    [Fact]
    public async Task Corrected_materials_sent_as_the_workflow_message_are_recorded_and_the_case_is_accepted()
    {
        var (id, _) = await CorrectionServedAsync();
        await _host.AdvanceAsync(2);
        var handler = await _host.ClientAsync("handler");

        // The messages route (the case workspace's 案件事项 sends through it too) records the receipt before the message.
        await ScenarioSteps.SendAsync(handler, id, "补正材料已提交", new { });
        var received = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.UnderAcceptanceReview, received.Status);
        Assert.Equal(_host.Today, received.Correction!.MaterialsReceivedOn);

        await _host.CompleteAsync(handler, id, "ReviewApplication", new { reviewResult = "accept", procedure = "ordinary" });
        Assert.Equal(CaseStatus.InReview, (await _host.CaseAsync(id)).Status);
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task A_correction_period_extended_in_the_workspace_is_recorded_and_the_workflow_waits_until_its_last_day()
    {
        var (id, _) = await CorrectionServedAsync();
        var handler = TestPeople.Person("handler", "李明", "handler");
        var until = _host.Today.AddDays(30);

        // 案件事项 → 补正期限延长 calls this: the case records the day and the reason, the workflow's timer is re-armed.
        var extended = await _host.Services.GetRequiredService<CaseMessages>().ExtendCorrectionAsync(handler, id, until, "申请人住院治疗，不能按期补正。");
        Assert.Equal(until, extended.Correction!.ExtendedUntil);

        await _host.AdvanceAsync(20);   // past the ten working days the notice gave
        Assert.Equal(CaseStatus.CorrectionRequested, (await _host.CaseAsync(id)).Status);

        await _host.AdvanceAsync(12);
        var abandoned = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.DeemedAbandoned, abandoned.Status);
        Assert.True(abandoned.AbandonedOn > until);
        Assert.Equal("", await _host.IncidentsAsync());
    }

    [Fact]
    public async Task Correction_unanswered_past_ten_working_days_is_deemed_abandoned_by_the_timer()
    {
        var (id, _) = await CorrectionServedAsync();

        await _host.AdvanceAsync(15);

        var abandoned = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.DeemedAbandoned, abandoned.Status);
        Assert.Equal(_host.Today, abandoned.AbandonedOn);
        Assert.Empty((await _host.OpenTasksAsync(await _host.ClientAsync("handler"), id)).EnumerateArray());
    }

    [Fact]
    public async Task A_refusal_is_signed_issued_served_and_its_lawsuit_window_computed()
    {
        var clerk = await _host.ClientAsync("clerk");
        var handler = await _host.ClientAsync("handler");
        var id = (await ApiJson.RegisterAsync(clerk, _host.Today)).Id();
        await _host.CompleteAsync(handler, id, "ReviewApplication", new
        {
            reviewResult = "refuse", refusalReason = "申请人与被申请复议的行政行为没有利害关系。",
            refusalArticles = new[] { "《中华人民共和国行政复议法》第三十条第一款第（二）项" },
        });
        await _host.CompleteAsync(handler, id, "Draft", new { decisionKind = "refusal" });
        await _host.CompleteAsync(await _host.ClientAsync("reviewer"), id, "ReviewDraft", ScenarioForms.Approve);
        await _host.CompleteAsync(await _host.ClientAsync("bureau-head"), id, "SignByBureauHead", ScenarioForms.Approve);
        var refused = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.Refused, refused.Status);
        Assert.Contains(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(refused.Number), d => d.DocumentType == "refusal-decision");

        await _host.CompleteAsync(clerk, id, "Serve", ScenarioForms.Direct(_host.Today));

        var served = await _host.CaseAsync(id);
        var record = Assert.Single(served.ServiceRecords);
        Assert.Equal(("refusal-decision", RecipientRole.Applicant), (record.DocumentTypeKey, record.RecipientRole));
        Assert.Empty((await _host.OpenTasksAsync(handler, id)).EnumerateArray());
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task Five_working_days_without_a_decision_deem_the_case_accepted_on_the_last_day()
    {
        var id = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), _host.Today)).Id();

        // Received Monday 2 March: the fifth working day is Monday 9 March; the timer fires as 10 March begins.
        await _host.AdvanceAsync(8);

        var deemed = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.InReview, deemed.Status);
        Assert.True(deemed.Acceptance!.Deemed);
        Assert.Equal(new DateOnly(2026, 3, 9), deemed.Acceptance.On);
        Assert.Equal(Procedure.Ordinary, deemed.Procedure);
        var tasks = await _host.OpenTasksAsync(await _host.ClientAsync("handler"), id);
        Assert.Equal("OrdinarySendCopy", Assert.Single(tasks.EnumerateArray()).GetProperty("elementId").GetString());
    }

    /// <summary>A case whose correction notice was issued and served on the applicant today.</summary>
    private async Task<(Guid Id, string Number)> CorrectionServedAsync()
    {
        var clerk = await _host.ClientAsync("clerk");
        var detail = await ApiJson.RegisterAsync(clerk, _host.Today);
        var id = detail.Id();
        await _host.CompleteAsync(await _host.ClientAsync("handler"), id, "ReviewApplication",
            new { reviewResult = "correct", correctionItems = new[] { "请提交申请人身份证明复印件", "请写明具体的行政复议请求" } });
        var requested = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.CorrectionRequested, requested.Status);
        Assert.Contains(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(requested.Number), d => d.DocumentType == "correction-notice");
        // Recording service is the clerk's task: a handler is refused, and nothing is recorded.
        var serviceTask = (await _host.OpenTasksAsync(clerk, id)).EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == "RecordCorrectionService");
        var refused = await (await _host.ClientAsync("handler")).PostAsJsonAsync(
            $"/api/v1/tasks/{serviceTask.GetProperty("id").GetGuid()}/complete", new { variables = ScenarioForms.Direct(_host.Today) });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty((await _host.CaseAsync(id)).ServiceRecords);
        await _host.CompleteAsync(clerk, id, "RecordCorrectionService", ScenarioForms.Direct(_host.Today));
        Assert.Equal(_host.Today, (await _host.CaseAsync(id)).Correction!.NoticeReceivedOn);
        return (id, requested.Number);
    }
}
