using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Host.Features.Staff.Forms;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Host.Tests.Scenarios;
using Reconsideration.Workflows;
using UglyToad.PdfPig;
using static Reconsideration.Host.Tests.TestPeople;

namespace Reconsideration.Host.Tests.Features.Staff;

/// <summary>The task page's service in the whole host: the shipped workflow, the real handlers, a SQLite file.</summary>
public sealed class StaffTaskWorkTests : IAsyncLifetime
{
    private readonly ScenarioHost _host = new();
    private Guid _caseId;
    private Guid _taskId;

    private StaffTaskWork Work => _host.Services.GetRequiredService<StaffTaskWork>();

    public async Task InitializeAsync()
    {
        _caseId = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), _host.Today)).Id();
        var number = (await _host.CaseAsync(_caseId)).Number;
        var tasks = await _host.Engine.ClaimableTasksAsync(Handler.ToActor());
        _taskId = tasks.Single(t => t.ElementId == "ReviewApplication" && t.BusinessKey == number).Id;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static ClaimsPrincipal Handler => Person("handler", "李明", "handler");

    [Fact]
    public async Task The_handler_claims_the_review_a_wrong_form_changes_nothing_and_the_accepted_review_leads_to_the_next_task()
    {
        var page = await Work.LoadAsync(Handler, _taskId);
        Assert.Equal(TaskWork.Claim, page.Work);
        Assert.IsType<AcceptanceReviewForm>(page.Form);
        Assert.NotNull(page.Case);
        Assert.Contains(page.Deadlines, d => d.RuleName.Contains("受理"));

        var clerk = await Work.LoadAsync(Person("clerk", "王芳", "clerk"), _taskId);
        Assert.Equal(TaskWork.Refused, clerk.Work);
        Assert.Equal("此任务由承办人办理，您的角色不能办理。", clerk.Why);

        Assert.Null(await _host.Services.GetRequiredService<StaffTasks>().ClaimAsync(Handler, _taskId));
        page = await Work.LoadAsync(Handler, _taskId);
        Assert.Equal(TaskWork.Complete, page.Work);
        // Claiming the acceptance review made him the case's handler (承办人), as the workspace and the search show.
        Assert.Equal("李明", (await _host.Services.GetRequiredService<CaseLinks>().HandlerAsync(_caseId))?.HandlerName);
        // The first task of the case: nothing to return to.
        Assert.Empty(page.ReturnTargets);

        var form = page.Form!;
        form["reviewResult"] = "correct";
        var refused = await Work.SubmitAsync(Handler, page, form);
        Assert.Equal("请填写补正事项。", refused.Errors["correctionItems"]);
        Assert.Equal(HumanTaskState.Open, (await _host.Engine.TaskAsync(_taskId))!.State);

        form["reviewResult"] = "accept";
        form["procedure"] = "ordinary";
        var done = await Work.SubmitAsync(Handler, page, form);

        Assert.True(done.Done, done.Error);
        var next = await _host.Engine.TaskAsync(done.NextTaskId!.Value);
        Assert.Equal("OrdinarySendCopy", next!.ElementId);
        var @case = await _host.CaseAsync(_caseId);
        Assert.NotNull(@case.Acceptance);
        // The page has no request: the person is still the one named in the case's history.
        Assert.Contains(@case.History, h => h.Actor == "李明");

        var after = await Work.LoadAsync(Handler, _taskId);
        Assert.Equal(TaskWork.Done, after.Work);
        Assert.StartsWith("此任务已由handler于2026年3月2日办结", after.Why);
        Assert.Null(after.Form);
        var again = await Work.SubmitAsync(Handler, page, form);
        Assert.Contains("已由handler办结", again.Error);
    }

    [Fact]
    public async Task The_decision_draft_previews_the_decision_unsigned_and_unregistered_for_the_person_who_asked_only()
    {
        var page = await Work.LoadAsync(Handler, _taskId);
        var form = TaskForms.Create("decision-draft", "Draft")!;
        form.Prefill(page.Context);
        form["decisionKind"] = "maintain";
        form["respondentSays"] = "被申请人认为处罚事实清楚。";
        form["facts"] = "经查，申请人经营超过保质期的食品。";
        form["reasoning"] = "被申请人认定事实清楚，适用依据正确。";
        form["holding"] = "维持被申请人作出的行政处罚决定。";

        var (id, error) = await Work.PreviewAsync(Handler, page, form.Document(page.Context)!);

        Assert.Null(error);
        var preview = Work.Preview(Handler, id!.Value);
        Assert.NotNull(preview);
        Assert.Null(Work.Preview(Person("handler2", "赵六", "handler"), id.Value));
        using var pdf = PdfDocument.Open(preview!.Pdf);
        var text = string.Concat(string.Concat(pdf.GetPages().Select(p => p.Text)).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("行政复议决定书", text);
        Assert.Contains("维持被申请人作出的行政处罚决定。", text);
        // Neither issued nor signed: no verification code, no signature, no number taken for the case.
        Assert.DoesNotContain("验证码：", text);
        Assert.DoesNotContain("/ByteRange", System.Text.Encoding.Latin1.GetString(preview.Pdf));
        Assert.DoesNotContain((await _host.CaseAsync(_caseId)).Documents, d => d.TypeKey == "decision");
    }

    [Fact]
    public async Task A_preview_that_cannot_be_written_says_what_is_missing()
    {
        var page = await Work.LoadAsync(Handler, _taskId);
        var form = TaskForms.Create("decision-draft", "Draft")!;
        form["decisionKind"] = "maintain";

        var (id, error) = await Work.PreviewAsync(Handler, page, form.Document(page.Context)!);

        Assert.Null(id);
        Assert.StartsWith("文书尚不能生成：", error);
    }
}
