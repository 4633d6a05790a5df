using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Tests.Features.Api;

/// <summary>退回, 委派 and 交回 through the API, the 承办人 a claim makes, and the two old task lists a page at a time.</summary>
public sealed class TaskHandOverApiTests : IAsyncLifetime
{
    // The handler drafts, the reviewer approves, then an automatic step (a called process) comes before the signature.
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:process id="hand-over" name="退回与委派" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="draft"/>
            <bpmn:userTask id="draft" name="拟写审理报告" rc:candidateRoles="handler"/>
            <bpmn:sequenceFlow id="f2" sourceRef="draft" targetRef="approve"/>
            <bpmn:userTask id="approve" name="审核" rc:candidateRoles="reviewer"/>
            <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="record"/>
            <bpmn:callActivity id="record" name="登记" calledElement="hand-over-record"/>
            <bpmn:sequenceFlow id="f4" sourceRef="record" targetRef="sign"/>
            <bpmn:userTask id="sign" name="签发" rc:candidateRoles="bureau-head"/>
            <bpmn:sequenceFlow id="f5" sourceRef="sign" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
          <bpmn:process id="hand-over-record" name="登记" isExecutable="true">
            <bpmn:startEvent id="rs"/>
            <bpmn:sequenceFlow id="r1" sourceRef="rs" targetRef="re"/>
            <bpmn:endEvent id="re"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly ApiHost _host = new(bpmn: Bpmn);
    private HttpClient _handler = null!;
    private HttpClient _reviewer = null!;
    private Guid _caseId;

    public async Task InitializeAsync()
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var second = new StaffUser { UserName = "reviewer2", DisplayName = "孙丽" };
            Assert.True((await users.CreateAsync(second, ApiHost.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(second, StaffRoles.Reviewer)).Succeeded);
        }

        _handler = await _host.ClientAsync("handler");
        _reviewer = await _host.ClientAsync("reviewer");
        _caseId = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), ApiJson.Today)).Id();
        Assert.Equal(HttpStatusCode.Created, (await _handler.PostAsJsonAsync($"/api/v1/cases/{_caseId}/workflow", new { processId = "hand-over" })).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task Claiming_a_task_for_handlers_makes_the_handler_the_cases_handler_when_it_has_none()
    {
        var before = await (await _handler.GetAsync($"/api/v1/cases/{_caseId}")).ReadAsync();
        Assert.Equal(JsonValueKind.Null, before.GetProperty("handler").ValueKind);

        await ClaimAsync(_handler, "draft");

        var after = await (await _handler.GetAsync($"/api/v1/cases/{_caseId}")).ReadAsync();
        Assert.Equal("李明", after.GetProperty("handler").GetProperty("handlerName").GetString());
        // The case is now his: another handler no longer sees it, and the search shows whose it is.
        var other = await _host.ClientAsync("handler2");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/cases/{_caseId}")).StatusCode);
        var number = after.GetProperty("case").GetProperty("number").GetString();
        var search = await (await _reviewer.GetAsync($"/api/v1/cases?number={Uri.EscapeDataString(number!)}")).ReadAsync();
        Assert.Equal("李明", search.GetProperty("items")[0].GetProperty("handlerName").GetString());
    }

    [Fact]
    public async Task The_reviewer_returns_the_review_to_the_draft_with_an_opinion_and_bad_requests_change_nothing()
    {
        var draft = await ClaimAsync(_handler, "draft");
        await CompleteAsync(_handler, draft);
        var approve = await ClaimAsync(_reviewer, "approve");

        var targets = await (await _reviewer.GetAsync($"/api/v1/tasks/{approve}/return-targets")).ReadAsync();
        var target = Assert.Single(targets.EnumerateArray());
        Assert.Equal("draft", target.GetProperty("elementId").GetString());
        Assert.Equal("拟写审理报告", target.GetProperty("name").GetString());

        var noReason = await _reviewer.PostAsJsonAsync($"/api/v1/tasks/{approve}/return", new { target = "draft", reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.StartsWith("请填写退回意见", (await noReason.ReadAsync()).GetProperty("errors").GetProperty("reason")[0].GetString());
        var wrongTarget = await _reviewer.PostAsJsonAsync($"/api/v1/tasks/{approve}/return", new { target = "sign", reason = "重新审" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongTarget.StatusCode);
        Assert.Equal("请选择退回到哪个环节：“拟写审理报告”。", (await wrongTarget.ReadAsync()).GetProperty("errors").GetProperty("target")[0].GetString());
        Assert.Equal("Open", (await (await _reviewer.GetAsync($"/api/v1/tasks/{approve}")).ReadAsync()).GetProperty("state").GetString());

        var returned = await _reviewer.PostAsJsonAsync($"/api/v1/tasks/{approve}/return", new { target = "draft", reason = "事实部分需补充证据" });

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var result = await returned.ReadAsync();
        Assert.Equal("Returned", result.GetProperty("task").GetProperty("state").GetString());
        Assert.Equal("draft", Assert.Single(result.GetProperty("next").EnumerateArray()).GetProperty("elementId").GetString());
        var journal = await (await _handler.GetAsync($"/api/v1/cases/{_caseId}/journal")).ReadAsync();
        Assert.Contains(journal.EnumerateArray(), l => l.GetProperty("actor").GetString() == "张华"
            && l.GetProperty("text").GetString()!.StartsWith("退回任务“审核”：退回至“拟写审理报告", StringComparison.Ordinal)
            && l.GetProperty("text").GetString()!.EndsWith("事实部分需补充证据", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_task_is_not_returned_past_an_automatic_step()
    {
        await CompleteAsync(_handler, await ClaimAsync(_handler, "draft"));
        await CompleteAsync(_reviewer, await ClaimAsync(_reviewer, "approve"));
        var head = await _host.ClientAsync("bureau-head");
        var sign = await ClaimAsync(head, "sign");

        // 审核 is done, but the called process lies between it and 签发.
        Assert.Equal(0, (await (await head.GetAsync($"/api/v1/tasks/{sign}/return-targets")).ReadAsync()).GetArrayLength());
        var refused = await head.PostAsJsonAsync($"/api/v1/tasks/{sign}/return", new { target = "approve", reason = "重新审核" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("此任务没有可以退回的环节", (await refused.ReadAsync()).GetProperty("errors").GetProperty("target")[0].GetString());
    }

    [Fact]
    public async Task The_reviewer_delegates_to_a_colleague_who_hands_it_back_and_the_reviewer_completes_it()
    {
        await CompleteAsync(_handler, await ClaimAsync(_handler, "draft"));
        var approve = await ClaimAsync(_reviewer, "approve");

        var colleagues = await (await _reviewer.GetAsync($"/api/v1/tasks/{approve}/delegates")).ReadAsync();
        var colleague = Assert.Single(colleagues.EnumerateArray());
        Assert.Equal("reviewer2", colleague.GetProperty("userName").GetString());
        Assert.Equal("孙丽", colleague.GetProperty("name").GetString());
        var wrong = await _reviewer.PostAsJsonAsync($"/api/v1/tasks/{approve}/delegate", new { to = "handler" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("不能委派给“handler”：只能委派给审核人角色中可以查看本案的其他同事。",
            (await wrong.ReadAsync()).GetProperty("errors").GetProperty("to")[0].GetString());

        var delegated = await (await _reviewer.PostAsJsonAsync($"/api/v1/tasks/{approve}/delegate", new { to = "reviewer2" })).ReadAsync();
        Assert.Equal("reviewer2", delegated.GetProperty("assignee").GetString());
        var second = await _host.ClientAsync("reviewer2");
        Assert.Contains((await (await second.GetAsync("/api/v1/tasks/mine")).ReadAsync()).EnumerateArray(), t => t.GetProperty("id").GetGuid() == approve);
        // The delegate hands it back; only the owner completes it.
        Assert.Equal(HttpStatusCode.Conflict, (await second.PostAsJsonAsync($"/api/v1/tasks/{approve}/complete", new { variables = new { } })).StatusCode);
        var resolved = await (await second.PostAsJsonAsync($"/api/v1/tasks/{approve}/resolve", new { variables = new { approved = true } })).ReadAsync();
        Assert.Equal("reviewer", resolved.GetProperty("assignee").GetString());
        await CompleteAsync(_reviewer, approve);

        var journal = (await (await _reviewer.GetAsync($"/api/v1/cases/{_caseId}/journal")).ReadAsync()).EnumerateArray()
            .Select(l => $"{l.GetProperty("actor").GetString()}：{l.GetProperty("text").GetString()}").ToList();
        Assert.Contains("张华：委派任务“审核”：委派给：reviewer2", journal);
        Assert.Contains("孙丽：交回任务“审核”", journal);
        Assert.Contains("张华：办结任务“审核”", journal);
    }

    [Fact]
    public async Task A_handler_cannot_delegate_a_task_of_their_case_to_a_handler_who_may_not_see_it()
    {
        var draft = await ClaimAsync(_handler, "draft");

        Assert.Equal(0, (await (await _handler.GetAsync($"/api/v1/tasks/{draft}/delegates")).ReadAsync()).GetArrayLength());
        var refused = await _handler.PostAsJsonAsync($"/api/v1/tasks/{draft}/delegate", new { to = "handler2" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("handler", (await (await _handler.GetAsync($"/api/v1/tasks/{draft}")).ReadAsync()).GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task Mine_and_claimable_come_a_page_at_a_time_with_the_total_in_a_header()
    {
        var another = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), ApiJson.Today, applicant: "李四")).Id();
        Assert.Equal(HttpStatusCode.Created, (await _handler.PostAsJsonAsync($"/api/v1/cases/{another}/workflow", new { processId = "hand-over" })).StatusCode);
        var all = await _handler.GetAsync("/api/v1/tasks/claimable");
        var total = int.Parse(all.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, total);
        Assert.Equal(2, (await all.ReadAsync()).GetArrayLength());

        var first = await (await _handler.GetAsync("/api/v1/tasks/claimable?pageSize=1")).ReadAsync();
        var second = await (await _handler.GetAsync("/api/v1/tasks/claimable?pageSize=1&page=2")).ReadAsync();
        Assert.Equal(1, first.GetArrayLength());
        Assert.NotEqual(first[0].GetProperty("id").GetGuid(), second[0].GetProperty("id").GetGuid());

        var draft = await ClaimAsync(_handler, "draft");
        var mine = await _handler.GetAsync("/api/v1/tasks/mine?pageSize=1000");
        Assert.Contains((await mine.ReadAsync()).EnumerateArray(), t => t.GetProperty("id").GetGuid() == draft);
        var bad = await _handler.GetAsync("/api/v1/tasks/mine?pageSize=0&page=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadAsync()).GetProperty("errors");
        Assert.Equal("页码须从1开始。", errors.GetProperty("page")[0].GetString());
        Assert.Equal("每页条数须在1至1000之间。", errors.GetProperty("pageSize")[0].GetString());
    }

    private async Task<Guid> ClaimAsync(HttpClient client, string elementId)
    {
        var tasks = await (await client.GetAsync($"/api/v1/cases/{_caseId}/tasks")).ReadAsync();
        var id = tasks.EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == elementId).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/tasks/{id}/claim", null)).StatusCode);
        return id;
    }

    private static async Task CompleteAsync(HttpClient client, Guid taskId) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { variables = new { } })).StatusCode);
}
