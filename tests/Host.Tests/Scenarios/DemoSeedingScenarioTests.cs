using Microsoft.Extensions.DependencyInjection;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Tests.Features.Api;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>The demo cases in workflow stages run on the shipped workflow: the demo users' inboxes hold their real tasks.</summary>
public sealed class DemoSeedingScenarioTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new(demoCases: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("handler", "ReviewApplication", "周晓梅")]
    [InlineData("handler", "OrdinaryRecordReply", "黄志强")]
    [InlineData("handler", "Draft", "林小红")]
    [InlineData("reviewer", "ReviewDraft", "何建华")]
    [InlineData("bureau-head", "SignByBureauHead", "罗晓燕")]
    [InlineData("clerk", "Serve", "梁文博")]
    public async Task Each_workflow_stage_has_a_demo_case_whose_task_waits_for_its_role(string user, string element, string applicant)
    {
        var claimable = await (await (await _host.ClientAsync(user)).GetAsync("/api/v1/tasks/claimable")).ReadAsync();

        var task = claimable.EnumerateArray().First(t => t.GetProperty("elementId").GetString() == element);
        var @case = await _host.CaseAsync(task.GetProperty("caseId").GetGuid());
        Assert.Equal(applicant, @case.Application.Applicants[0].Name);
        Assert.Empty(await _host.Engine.IncidentsAsync());
    }

    [Fact]
    public async Task The_demo_case_under_acceptance_review_has_its_receipt_of_materials_issued_by_the_workflow()
    {
        var claimable = await (await (await _host.ClientAsync("handler")).GetAsync("/api/v1/tasks/claimable")).ReadAsync();

        var review = Assert.Single(claimable.EnumerateArray(), t => t.GetProperty("elementId").GetString() == "ReviewApplication");
        var @case = await _host.CaseAsync(review.GetProperty("caseId").GetGuid());
        Assert.Contains(_host.Services.GetRequiredService<IssuedDocumentRegister>().ForCase(@case.Number), d => d.DocumentType == "receipt-of-materials");
    }

    [Fact]
    public async Task The_demo_case_at_service_was_decided_through_the_workflow_with_its_signed_decision()
    {
        var clerk = await _host.ClientAsync("clerk");
        var serve = (await (await clerk.GetAsync("/api/v1/tasks/claimable")).ReadAsync()).EnumerateArray()
            .Where(t => t.GetProperty("elementId").GetString() == "Serve").ToList();

        Assert.Equal(2, serve.Count); // the applicant and the respondent
        var @case = await _host.CaseAsync(serve[0].GetProperty("caseId").GetGuid());
        Assert.Equal(CaseStatus.Decided, @case.Status);
        Assert.Equal("维持被申请人作出的行政处罚决定。", @case.Decision!.Holding);
        Assert.Contains(@case.Documents, d => d.TypeKey == "decision");
        Assert.Equal(_host.Today, @case.ReplyRequest!.RepliedOn);
    }
}
