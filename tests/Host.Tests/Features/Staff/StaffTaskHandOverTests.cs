using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Tests.Scenarios;
using Reconsideration.Workflows;
using static Reconsideration.Host.Tests.TestPeople;

namespace Reconsideration.Host.Tests.Features.Staff;

/// <summary>退回, 委派 and 交回 from the task page's service on the shipped workflow: the demo case whose draft awaits review.</summary>
public sealed class StaffTaskHandOverTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new(demoCases: true);
    private Guid _taskId;

    private StaffTaskWork Work => _host.Services.GetRequiredService<StaffTaskWork>();

    private static ClaimsPrincipal Reviewer => Person("reviewer", "张华", StaffRoles.Reviewer);

    private static ClaimsPrincipal Reviewer2 => Person("reviewer2", "孙丽", StaffRoles.Reviewer);

    public async Task InitializeAsync()
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var second = new StaffUser { UserName = "reviewer2", DisplayName = "孙丽" };
            Assert.True((await users.CreateAsync(second, "Demo@2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(second, StaffRoles.Reviewer)).Succeeded);
        }

        _taskId = (await _host.Engine.ClaimableTasksAsync(Reviewer.ToActor())).First(t => t.ElementId == "ReviewDraft").Id;
        Assert.Null(await _host.Services.GetRequiredService<StaffTasks>().ClaimAsync(Reviewer, _taskId));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_reviewer_returns_the_review_to_the_draft_and_an_opinion_is_required()
    {
        var page = await Work.LoadAsync(Reviewer, _taskId);
        var target = Assert.Single(page.ReturnTargets);
        Assert.Equal(("Draft", "拟定文书"), (target.ElementId, target.Name));
        Assert.Contains(page.Colleagues, c => c.UserName == "reviewer2" && c.Name == "孙丽");

        var refused = await Work.ReturnAsync(Reviewer, page, "Draft", " ");
        Assert.StartsWith("请填写退回意见", refused.Errors["reason"]);
        var nowhere = await Work.ReturnAsync(Reviewer, page, null, "请补充证据分析");
        Assert.Equal("请选择退回到哪个环节：“拟定文书”。", nowhere.Errors["target"]);
        Assert.Equal(HumanTaskState.Open, (await _host.Engine.TaskAsync(_taskId))!.State);

        var done = await Work.ReturnAsync(Reviewer, page, "Draft", "请补充证据分析");

        Assert.True(done.Done, done.Error);
        var returned = (await _host.Engine.TaskAsync(_taskId))!;
        Assert.Equal(HumanTaskState.Returned, returned.State);
        Assert.Contains(await _host.Engine.TreeTasksAsync(returned.RootInstanceId), t => t.ElementId == "Draft");
        var after = await Work.LoadAsync(Reviewer, _taskId);
        Assert.Equal(TaskWork.Done, after.Work);
        Assert.Empty(after.ReturnTargets);
    }

    [Fact]
    public async Task A_delegate_fills_in_the_form_and_hands_it_back_and_the_reviewer_completes_it_with_those_values()
    {
        var page = await Work.LoadAsync(Reviewer, _taskId);
        Assert.Equal("to", Assert.Single((await Work.DelegateAsync(Reviewer, page, "handler")).Errors).Key);
        Assert.True((await Work.DelegateAsync(Reviewer, page, "reviewer2")).Done);

        var owner = await Work.LoadAsync(Reviewer, _taskId);
        Assert.Equal(TaskWork.Refused, owner.Work);
        Assert.Equal("此任务已委派给reviewer2，待其交回后由您办结。", owner.Why);
        var delegated = await Work.LoadAsync(Reviewer2, _taskId);
        Assert.Equal(TaskWork.Resolve, delegated.Work);
        Assert.Empty(delegated.Colleagues);

        var form = delegated.Form!;
        Assert.Equal("请选择审批结论。", (await Work.ResolveAsync(Reviewer2, delegated, form)).Errors["approved"]);
        form["approved"] = "true";
        form["approvalComment"] = "证据分析充分，同意。";
        Assert.True((await Work.ResolveAsync(Reviewer2, delegated, form)).Done);

        var back = await Work.LoadAsync(Reviewer, _taskId);
        Assert.Equal(TaskWork.Complete, back.Work);
        Assert.Equal("true", back.Form!["approved"]);
        Assert.Equal("证据分析充分，同意。", back.Form["approvalComment"]);
        var completed = await Work.SubmitAsync(Reviewer, back, back.Form);
        Assert.True(completed.Done, completed.Error);
        Assert.Equal(HumanTaskState.Completed, (await _host.Engine.TaskAsync(_taskId))!.State);
    }
}
