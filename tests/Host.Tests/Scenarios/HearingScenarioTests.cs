using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>The hearing (Arts. 50–51) and the committee (Art. 52) of the ordinary review with the real handlers.</summary>
public sealed class HearingScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_hearing_is_arranged_five_working_days_ahead_notified_held_and_the_review_concludes()
    {
        var id = await _host.HeardAsync(hearingNeeded: true);
        var handler = await _host.ClientAsync("handler");
        Assert.Equal(["ArrangeHearing"], await _host.OpenElementsAsync(handler, id));

        // Notice on Monday 2 March: a hearing on Monday 9 March leaves four working days in between, not five (Art. 51) — refused, nothing recorded.
        var arrange = (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Single();
        var tooSoon = await handler.PostAsJsonAsync($"/api/v1/tasks/{arrange.GetProperty("id").GetGuid()}/complete",
            new { variables = Arrangement(_host.Today.AddDays(7)) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
        Assert.Contains("第五十一条", await tooSoon.Content.ReadAsStringAsync());
        Assert.Null((await _host.CaseAsync(id)).Hearing);
        Assert.Equal(["ArrangeHearing"], await _host.OpenElementsAsync(handler, id));

        // Tuesday 10 March leaves five working days (3 to 9 March).
        var hearingDay = _host.Today.AddDays(8);
        await _host.CompleteAsync(handler, id, "ArrangeHearing", Arrangement(hearingDay));

        var notified = await _host.CaseAsync(id);
        Assert.Equal(new Hearing { On = hearingDay, Place = "红星区行政复议服务中心第一听证室", NoticeSentOn = _host.Today }, notified.Hearing);
        var notice = Assert.Single(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(notified.Number), d => d.DocumentType == "hearing-notice");
        var text = await ScenarioSteps.PdfTextAsync(handler, id, notice.VerificationCode);
        Assert.Contains("2026年3月10日", text, StringComparison.Ordinal);
        Assert.Contains("主持人邓志强，听证员黄丽君、万晓东，记录员邹雅琴", text, StringComparison.Ordinal);
        var hold = (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Single();
        Assert.Equal("HoldHearing", hold.GetProperty("elementId").GetString());
        // Due at the end of the hearing day: the engine's instant is the midnight after it.
        Assert.Equal(hearingDay, LegalTime.Today(hold.GetProperty("dueAt").GetDateTimeOffset().AddTicks(-1)));

        await _host.AdvanceAsync(8);
        handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "HoldHearing", new { heldOn = ScenarioForms.Iso(_host.Today), hearingRecord = "各方当事人陈述、举证、质证和辩论。" });

        Assert.Equal(hearingDay, (await _host.CaseAsync(id)).Hearing!.HeldOn);
        Assert.Equal(["OrdinaryConclude"], await _host.OpenElementsAsync(handler, id));
        await _host.CompleteAsync(handler, id, "OrdinaryConclude", new { outcome = "decision" });
        Assert.Equal(["Draft"], await _host.OpenElementsAsync(handler, id));
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task A_case_referred_to_the_committee_is_on_its_agenda_and_concludes_after_the_opinion()
    {
        var id = await _host.HeardAsync(committeeNeeded: true);
        var handler = await _host.ClientAsync("handler");

        Assert.Equal(_host.Today, (await _host.CaseAsync(id)).CommitteeReferredOn);
        Assert.Equal(["RecordCommitteeOpinion"], await _host.OpenElementsAsync(handler, id));
        await _host.CompleteAsync(handler, id, "RecordCommitteeOpinion", new { committeeOpinion = "建议撤销原处罚决定。" });

        Assert.Equal(["OrdinaryConclude"], await _host.OpenElementsAsync(handler, id));
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    private static Dictionary<string, object?> Arrangement(DateOnly on) => new()
    {
        ["hearingDate"] = ScenarioForms.Iso(on), ["hearingTime"] = "09:30", ["hearingPlace"] = "红星区行政复议服务中心第一听证室",
        ["hearingIssues"] = new[] { "涉案食品是否用于经营；", "罚款数额是否适当。" },
        ["hearingPresiding"] = "邓志强", ["hearingOfficers"] = new[] { "黄丽君", "万晓东" }, ["hearingRecorder"] = "邹雅琴",
    };
}
