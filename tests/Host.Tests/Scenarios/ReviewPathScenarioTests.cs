using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>Further review paths of the shipped workflow with the real handlers: no reply, conversion, mediation.</summary>
public sealed class ReviewPathScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task No_reply_within_ten_working_days_is_confirmed_recorded_under_article_70_and_the_review_goes_on()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        var handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "OrdinarySendCopy", new { copySentOn = ScenarioForms.Iso(_host.Today) });
        await _host.CompleteAsync(await _host.ClientAsync("clerk"), id, "OrdinaryRecordReplyNoticeService", ScenarioForms.Direct(_host.Today));

        // Served Monday 2 March: the tenth working day is Monday 16 March; nothing is due before it runs out.
        await _host.AdvanceAsync(13);
        handler = await _host.ClientAsync("handler");
        Assert.Contains((await _host.OpenTasksAsync(handler, id)).EnumerateArray(), t => t.GetProperty("elementId").GetString() == "OrdinaryRecordReply");
        await _host.AdvanceAsync(2);
        handler = await _host.ClientAsync("handler");
        var open = (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Select(t => t.GetProperty("elementId").GetString()).ToList();
        Assert.Equal(["OrdinaryConfirmNoReply"], open);

        await _host.CompleteAsync(handler, id, "OrdinaryConfirmNoReply", new { replyReceived = false });

        var noReply = await _host.CaseAsync(id);
        Assert.Equal(_host.Today, noReply.ReplyRequest!.NoReplyRecordedOn);
        Assert.Null(noReply.ReplyRequest.RepliedOn);
        Assert.Equal(CaseStatus.InReview, noReply.Status);
        Assert.Equal(["HearOpinions"], (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Select(t => t.GetProperty("elementId").GetString()));
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task A_simplified_case_converted_with_approval_continues_as_ordinary_with_the_sixty_day_deadline()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "simplified", procedureReason = "案件事实清楚、权利义务关系明确、争议不大" });
        await _host.RepliedAsync(id, "Simplified");
        var handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "SimplifiedConclude", new { outcome = "convert", conversionReason = "案情复杂，需要组织听证" });
        Assert.Equal(Procedure.Simplified, (await _host.CaseAsync(id)).Procedure);

        await _host.CompleteAsync(await _host.ClientAsync("bureau-head"), id, "ApproveConversion", ScenarioForms.Approve);

        var converted = await _host.CaseAsync(id);
        Assert.Equal(Procedure.Ordinary, converted.Procedure);
        Assert.Equal(CaseStatus.InReview, converted.Status);
        Assert.Equal(_host.Deadlines().Calendar.AddCalendarDays(converted.Acceptance!.On, 60).Date, _host.Deadlines().DecisionLastDay(converted));
        // The reply is on record: the ordinary review starts at hearing the parties.
        Assert.Equal(["HearOpinions"], (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Select(t => t.GetProperty("elementId").GetString()));
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task An_agreed_mediation_issues_the_mediation_agreement_served_without_a_lawsuit_window_and_followed_up()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        await _host.RepliedAsync(id, "Ordinary");
        var handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "HearOpinions", new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false });
        await _host.CompleteAsync(handler, id, "OrdinaryConclude", new { outcome = "mediation" });
        await _host.CompleteAsync(handler, id, "OrdinaryMediate", new { mediationAgreed = true });
        await _host.SignAsync(id, ScenarioForms.MediationDraft(), "SignByBureauHead", "bureau-head");

        var mediated = await _host.CaseAsync(id);
        Assert.Equal(DecisionType.MediationAgreement, mediated.Decision!.Type);
        var register = _host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(mediated.Number);
        Assert.Contains(register, d => d.DocumentType == "mediation-agreement");
        Assert.DoesNotContain(register, d => d.DocumentType == "decision");
        await _host.ServeBothAsync(id, closes: false);

        var served = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.Served, served.Status);
        Assert.All(served.ServiceRecords.Where(r => r.DocumentTypeKey != "reply-notice"), r => Assert.Equal("mediation-agreement", r.DocumentTypeKey));
        Assert.DoesNotContain(_host.Deadlines().Compute(served, _host.Today), d => d.Kind == DeadlineKind.LawsuitWindow);
        await _host.CompleteAsync(handler, id, "CheckPerformance", new { performed = true });
        Assert.Equal(CaseStatus.Closed, (await _host.CaseAsync(id)).Status);
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }
}
