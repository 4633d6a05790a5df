using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>Receipt to acceptance: correction (Art. 31), refusal and forwarding, deemed acceptance (Art. 30).</summary>
public class AcceptanceStageTests
{
    private static readonly DateTimeOffset Beijing = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task After_a_correction_the_materials_start_the_review_again_without_a_second_registration()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.DoAsync("ReviewApplication", new { reviewResult = "correct", correctionItems = new[] { "被申请复议的行政行为的文号", "申请人身份证明" } });
        Assert.Equal(["receipt-of-materials", "correction-notice"], c.Issued);
        Assert.Equal(["awaiting-correction"], c.Statuses);
        await c.DoAsync("RecordCorrectionService", new { serviceMethod = "post", servedOn = "2026-03-04" });

        await c.AdvanceAsync(TimeSpan.FromDays(3));
        await c.MessageAsync("补正材料已提交");
        var again = await c.OpenTaskAsync("ReviewApplication");
        // Art. 31(3): the review runs again for five working days from the materials (Thursday 5 March → Thursday 12 March).
        Assert.Equal(Beijing.AddDays(11), again.DueAt);
        await c.ReviewAsync("accept");

        Assert.Single(await c.Engine.TreeTasksAsync(c.RootId, openOnly: false), t => t.ElementId == "Intake");
        Assert.Equal(["receipt-of-materials", "correction-notice", "acceptance-notice"], c.Issued);
        Assert.Equal(["OrdinarySendCopy"], await c.OpenTaskIdsAsync());
    }

    [Fact]
    public async Task Without_materials_in_ten_working_days_the_application_is_deemed_abandoned()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.DoAsync("ReviewApplication", new { reviewResult = "correct" });
        await c.DoAsync("RecordCorrectionService", new { serviceMethod = "direct", servedOn = "2026-03-02" });

        // Ten working days from Monday 2 March end with Monday 16 March.
        await c.AdvanceToAsync(Beijing.AddDays(14).AddHours(23).AddMinutes(59).AddSeconds(59));
        Assert.Equal(InstanceState.Active, (await c.InstanceAsync()).State);
        await c.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
        Assert.Equal(["awaiting-correction", "deemed-abandoned"], c.Statuses);
        Assert.Contains("Abandoned", await c.VisitedAsync());
        Assert.DoesNotContain(c.Calls, x => x.Handler == "cases.accept");
    }

    [Fact]
    public async Task An_extended_correction_period_runs_from_the_extension()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.DoAsync("ReviewApplication", new { reviewResult = "correct" });
        await c.DoAsync("RecordCorrectionService", new { serviceMethod = "direct", servedOn = "2026-03-02" });
        await c.AdvanceToAsync(Beijing.AddDays(14).AddHours(10));
        await c.MessageAsync("补正期限延长", new { correctionPeriod = "P5WD" });

        await c.AdvanceToAsync(Beijing.AddDays(16));
        Assert.Equal(InstanceState.Active, (await c.InstanceAsync()).State);
        await c.MessageAsync("补正材料已提交");
        Assert.Equal(["ReviewApplication"], await c.OpenTaskIdsAsync());
    }

    [Fact]
    public async Task A_refusal_is_drafted_signed_by_the_bureau_head_within_the_review_period_and_served_on_the_applicant()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.DoAsync("ReviewApplication", new { reviewResult = "refuse", refusalReason = "不属于本机关管辖", competentOrgan = "市人民政府" });
        await c.SignAsync("refusal");
        await c.ServeAllAsync();

        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
        Assert.Equal(["receipt-of-materials", "refusal-decision"], c.Issued);
        Assert.Equal(["refused"], c.Statuses);
        Assert.Equal([CasePaths.Applicant], c.Calls.Where(x => x.Handler == "service.record").Select(x => x.Recipient));
        Assert.Equal(["lawsuit"], c.Parameters("deadlines.compute", "kind"));
        Assert.Contains("EndRefused", await c.VisitedAsync());
    }

    [Fact]
    public async Task A_matter_for_another_organ_is_forwarded()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();
        await c.DoAsync("ReviewApplication", new { reviewResult = "forward", competentOrgan = "区信访局" });

        Assert.Equal(InstanceState.Completed, (await c.InstanceAsync()).State);
        Assert.Single(c.Calls, x => x.Handler == "cases.forward");
        Assert.Contains("EndForwarded", await c.VisitedAsync());
    }

    [Fact]
    public async Task Without_a_decision_in_five_working_days_the_application_is_deemed_accepted()
    {
        var c = await CaseDriver.StartAsync();
        await c.IntakeAsync();

        await c.AdvanceToAsync(Beijing.AddDays(7).AddHours(23).AddMinutes(59).AddSeconds(59));
        Assert.Equal(["ReviewApplication"], await c.OpenTaskIdsAsync());
        await c.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(["true"], c.Parameters("cases.accept", "deemed"));
        Assert.Equal(["receipt-of-materials", "acceptance-notice"], c.Issued);
        // Nobody chose the simplified procedure, so the ordinary one applies.
        Assert.Equal(["OrdinarySendCopy"], await c.OpenTaskIdsAsync());
        var cancelled = (await c.Engine.TreeTasksAsync(c.RootId, openOnly: false)).Single(t => t.ElementId == "ReviewApplication");
        Assert.Equal(HumanTaskState.Cancelled, cancelled.State);
    }

    [Fact]
    public async Task An_oral_application_gets_its_record_and_third_parties_get_their_notice()
    {
        var c = await CaseDriver.StartAsync();
        await c.DoAsync("Intake", new { channel = "oral", applicant = CasePaths.Applicant, respondent = CasePaths.Respondent, thirdParties = new[] { "第三人李某" } });
        await c.ReviewAsync("accept");
        Assert.Equal(["oral-application-record", "receipt-of-materials", "acceptance-notice", "third-party-notice"], c.Issued);
    }
}
