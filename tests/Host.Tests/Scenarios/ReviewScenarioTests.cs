using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Tests.Features.Api;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>The review stage of the shipped workflow with the real handlers: procedures, signers, interruptions.</summary>
public sealed class ReviewScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_simplified_case_is_decided_within_thirty_days_and_closed()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "simplified", procedureReason = "案件事实清楚、权利义务关系明确、争议不大" });
        var accepted = await _host.CaseAsync(id);
        Assert.Equal(Procedure.Simplified, accepted.Procedure);
        Assert.Equal(accepted.Acceptance!.On.AddDays(30), Deadlines.DecisionLastDay(accepted));
        await _host.RepliedAsync(id, "Simplified");
        var handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "SimplifiedConclude", new { outcome = "decision" });
        await _host.SignAsync(id, ScenarioForms.Draft("maintain"), "SignByBureauHead", "bureau-head");
        await _host.ServeBothAsync(id);

        Assert.Equal(CaseStatus.Closed, (await _host.CaseAsync(id)).Status);
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task A_revocation_is_signed_by_the_district_leader_and_followed_up_until_performed()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        await _host.RepliedAsync(id, "Ordinary");
        var handler = await _host.ClientAsync("handler");
        await _host.CompleteAsync(handler, id, "HearOpinions", new { opinionsHeard = true, hearingNeeded = false, committeeNeeded = false });
        await _host.CompleteAsync(handler, id, "OrdinaryConclude", new { outcome = "decision" });
        await _host.CompleteAsync(handler, id, "Draft", ScenarioForms.Draft("revoke", "撤销被申请人作出的行政处罚决定。", "《中华人民共和国行政复议法》第六十四条", fields: new { item = 1, redoDays = 60 }));
        await _host.CompleteAsync(await _host.ClientAsync("reviewer"), id, "ReviewDraft", ScenarioForms.Approve);

        var signing = Assert.Single((await _host.OpenTasksAsync(handler, id)).EnumerateArray());
        Assert.Equal("SignByDistrictLeader", signing.GetProperty("elementId").GetString());
        Assert.Equal("district-leader", signing.GetProperty("candidateRoles")[0].GetString());
        var bureauHead = await _host.ClientAsync("bureau-head");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await bureauHead.PostAsJsonAsync($"/api/v1/tasks/{signing.GetProperty("id").GetGuid()}/complete", new { variables = ScenarioForms.Approve })).StatusCode);
        await _host.CompleteAsync(await _host.ClientAsync("district-leader"), id, "SignByDistrictLeader", ScenarioForms.Approve);
        Assert.Equal(DecisionType.Revoke, (await _host.CaseAsync(id)).Decision!.Type);
        await _host.ServeBothAsync(id, closes: false);

        Assert.Equal(CaseStatus.Served, (await _host.CaseAsync(id)).Status);
        await _host.CompleteAsync(handler, id, "CheckPerformance", new { performed = true });
        Assert.Equal(CaseStatus.Closed, (await _host.CaseAsync(id)).Status);
    }

    [Fact]
    public async Task Suspension_and_resumption_move_the_decision_deadline_by_the_days_paused()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        await _host.RepliedAsync(id, "Ordinary");
        var acceptedOn = (await _host.CaseAsync(id)).Acceptance!.On;
        var handler = await _host.ClientAsync("handler");
        await ScenarioSteps.SendAsync(handler, id, "中止审理", new { suspensionGround = 9, suspensionReason = "案件涉及法律适用问题，需要有权机关作出解释" });
        await _host.CompleteAsync(await _host.ClientAsync("bureau-head"), id, "ApproveSuspension", ScenarioForms.Approve);
        var suspended = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.Suspended, suspended.Status);
        Assert.Null(Deadlines.DecisionLastDay(suspended));

        await _host.AdvanceAsync(10);
        handler = await _host.ClientAsync("handler");
        await ScenarioSteps.SendAsync(handler, id, "恢复审理", new { });

        var resumed = await _host.CaseAsync(id);
        Assert.Equal(CaseStatus.InReview, resumed.Status);
        Assert.Equal(_host.Today, resumed.Suspensions.Single().ResumedOn);
        Assert.Equal(Deadlines.Calendar.AddCalendarDays(acceptedOn, 60 + 10).Date, Deadlines.DecisionLastDay(resumed));
        var register = _host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(resumed.Number);
        Assert.Contains(register, d => d.DocumentType == "suspension-notice");
        Assert.Contains(register, d => d.DocumentType == "resumption-notice");
        // The reply is on record, so the examination resumes at hearing the parties.
        Assert.Contains((await _host.OpenTasksAsync(handler, id)).EnumerateArray(), t => t.GetProperty("elementId").GetString() == "HearOpinions");
    }

    [Fact]
    public async Task The_one_extension_is_approved_recorded_and_a_second_request_ends_without_a_task()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        var handler = await _host.ClientAsync("handler");
        var request = new { extensionDays = 30, extensionReason = "案情复杂，需要调取更多证据，不能在规定期限内作出行政复议决定" };
        await ScenarioSteps.SendAsync(handler, id, "申请延期审理", request);
        await _host.CompleteAsync(await _host.ClientAsync("bureau-head"), id, "ApproveExtension", ScenarioForms.Approve);

        var extended = await _host.CaseAsync(id);
        Assert.Equal(30, extended.Extension!.Days);
        Assert.Equal(Deadlines.Calendar.AddCalendarDays(extended.Acceptance!.On, 90).Date, Deadlines.DecisionLastDay(extended));
        Assert.Contains(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(extended.Number), d => d.DocumentType == "extension-notice");

        await ScenarioSteps.SendAsync(handler, id, "申请延期审理", request);

        var open = (await _host.OpenTasksAsync(handler, id)).EnumerateArray().Select(t => t.GetProperty("elementId").GetString()).ToList();
        Assert.Equal(["OrdinarySendCopy"], open);
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task A_withdrawal_ends_in_a_termination_decision_served_and_closed()
    {
        var id = await _host.AcceptedAsync(new { reviewResult = "accept", procedure = "ordinary" });
        await _host.RepliedAsync(id, "Ordinary");
        var handler = await _host.ClientAsync("handler");
        await ScenarioSteps.SendAsync(handler, id, "申请撤回", new { });
        await _host.CompleteAsync(handler, id, "OrdinaryReviewWithdrawal",
            new { outcome = "termination", settlement = false, terminationGround = "申请人撤回行政复议申请，经审查准予撤回" });
        await _host.SignAsync(id, ScenarioForms.TerminationDraft(), "SignByBureauHead", "bureau-head");
        var terminated = await _host.CaseAsync(id);
        Assert.Equal(DecisionType.Termination, terminated.Decision!.Type);
        Assert.Contains(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(terminated.Number), d => d.DocumentType == "termination-decision");
        await _host.ServeBothAsync(id);

        Assert.Equal(CaseStatus.Closed, (await _host.CaseAsync(id)).Status);
    }

    private DeadlineCalculator Deadlines => _host.Deadlines();
}
