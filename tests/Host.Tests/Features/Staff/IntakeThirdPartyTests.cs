using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Tests.Features.Cases;
using Reconsideration.Host.Tests.Scenarios;
using static Reconsideration.Host.Tests.TestPeople;

namespace Reconsideration.Host.Tests.Features.Staff;

/// <summary>A third party entered on 收案登记, through the shipped workflow: on the case, in the workflow, given its notice on acceptance.</summary>
public sealed class IntakeThirdPartyTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_third_party_from_the_intake_form_is_on_the_case_in_the_workflow_and_gets_the_notice_on_acceptance()
    {
        var form = new IntakeForm
        {
            ReceivedOn = _host.Today.ToDateTime(TimeOnly.MinValue), RespondentName = "红谷滩区市场监督管理局", ActTitle = "行政处罚决定",
            Requests = "撤销行政处罚决定。", FactsAndReasons = "认定事实不清。",
        };
        form.Applicants[0].Name = "张三";
        form.Applicants[0].IdNumber = Samples.ZhangSanId;
        form.ThirdParties.Add(new PartyForm { Name = "李四", IdNumber = Samples.LiSiId, Address = "红谷滩区丰和中大道1号" });

        var outcome = await _host.Services.GetRequiredService<StaffIntake>().RegisterAsync(Person("clerk", "王敏", StaffRoles.Clerk), form, []);

        Assert.Empty(outcome.Problems);
        var caseId = outcome.Case!.Id;
        var third = Assert.Single((await _host.CaseAsync(caseId)).Application.ThirdParties);
        Assert.Equal(("李四", Sex.Female, new DateOnly(1992, 2, 29)), (third.Name, third.Sex, third.BirthDate));
        var root = Assert.Single(await _host.Services.GetRequiredService<CaseLinks>().ProcessesAsync(caseId));
        var variables = (await _host.Engine.InstanceAsync(root))!.Variables;
        Assert.Equal(["李四"], variables["thirdParties"].EnumerateArray().Select(v => v.GetString()));

        var handler = Person("handler", "李明", StaffRoles.Handler);
        var review = (await _host.Engine.TreeTasksAsync(root)).Single(t => t.ElementId == "ReviewApplication");
        Assert.Null(await _host.Services.GetRequiredService<StaffTasks>().ClaimAsync(handler, review.Id));
        var work = _host.Services.GetRequiredService<StaffTaskWork>();
        var page = await work.LoadAsync(handler, review.Id);
        page.Form!["reviewResult"] = "accept";
        page.Form["procedure"] = "ordinary";
        // What the third party's notice needs beyond the case is asked for on acceptance.
        Assert.Equal("请填写通知第三人参加的理由。", (await work.SubmitAsync(handler, page, page.Form)).Errors["thirdPartyReason"]);
        page.Form["thirdPartyReason"] = "经审查，李四系被处罚场所的实际经营者";
        var done = await work.SubmitAsync(handler, page, page.Form);

        Assert.True(done.Done, done.Error);
        Assert.Contains((await _host.CaseAsync(caseId)).Documents, d => d.TypeKey == "third-party-notice");
        Assert.Empty(await _host.IncidentsAsync());
    }
}
