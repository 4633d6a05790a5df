using System.Net;
using System.Net.Http.Json;
using Reconsideration.Host.Tests.Features.Cases;

namespace Reconsideration.Host.Tests.Features.Api;

public sealed class CasesApiTests : IAsyncLifetime
{
    private readonly ApiHost _host = new(seed: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task Intake_registers_the_case_and_answers_201_with_its_location_and_number()
    {
        var clerk = await _host.ClientAsync("clerk");
        var response = await clerk.PostAsJsonAsync("/api/v1/cases", ApiJson.Intake(ApiJson.Today));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var detail = await response.ReadAsync();
        Assert.Equal($"/api/v1/cases/{detail.Id()}", response.Headers.Location?.OriginalString);
        Assert.StartsWith("红府复〔", detail.GetProperty("case").GetProperty("number").GetString());
        Assert.Equal("受理审查中", detail.GetProperty("statusName").GetString());
        Assert.Equal("王敏", detail.GetProperty("case").GetProperty("history")[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Invalid_intake_answers_400_listing_every_field_and_stores_nothing()
    {
        var clerk = await _host.ClientAsync("clerk");
        var before = _host.Count("case_cases");
        var wrongId = CheckDigits.WithWrongCheck(Samples.ZhangSanId, "0123456789X");
        var body = ApiJson.Intake(ApiJson.Today, idNumber: wrongId);

        var response = await clerk.PostAsJsonAsync("/api/v1/cases", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal("提交的内容有误", problem.GetProperty("title").GetString());
        Assert.Contains("校验码", problem.GetProperty("errors").GetProperty("applicants[0].idNumber")[0].GetString());
        Assert.Equal(before, _host.Count("case_cases"));

        var empty = await clerk.PostAsJsonAsync("/api/v1/cases", new { application = new { channel = "Window" } });
        var errors = (await empty.ReadAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("receivedOn", out _));
        Assert.True(errors.TryGetProperty("applicants", out _));
        Assert.True(errors.TryGetProperty("requests", out _));
    }

    [Fact]
    public async Task Search_pages_through_the_register()
    {
        var clerk = await _host.ClientAsync("clerk");
        for (var i = 0; i < 3; i++) await ApiJson.RegisterAsync(clerk, ApiJson.Today, "分页测试" + i);

        var first = await (await clerk.GetAsync("/api/v1/cases?applicant=分页测试&pageSize=2")).ReadAsync();
        var second = await (await clerk.GetAsync("/api/v1/cases?applicant=分页测试&pageSize=2&page=2")).ReadAsync();

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pages").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        var bad = await clerk.GetAsync("/api/v1/cases?pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ReadAsync()).GetProperty("errors").TryGetProperty("pageSize", out _));
        var byStatus = await (await clerk.GetAsync("/api/v1/cases?status=Suspended")).ReadAsync();
        Assert.All(byStatus.GetProperty("items").EnumerateArray(), c => Assert.Equal("中止审理", c.GetProperty("statusName").GetString()));
    }

    [Fact]
    public async Task A_step_with_a_stale_revision_answers_409_and_changes_nothing()
    {
        var handler = await _host.ClientAsync("handler");
        var detail = await ApiJson.RegisterAsync(handler, ApiJson.Today);
        var id = detail.Id();
        var revision = detail.Revision();
        var accept = new { expectedRevision = revision, acceptedOn = ApiJson.Today.ToString("yyyy-MM-dd"), procedure = "Ordinary" };

        var first = await handler.PostAsJsonAsync($"/api/v1/cases/{id}/accept", accept);
        var second = await handler.PostAsJsonAsync($"/api/v1/cases/{id}/correction",
            new { expectedRevision = revision, requestedOn = ApiJson.Today.ToString("yyyy-MM-dd"), items = new[] { "身份证复印件" } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("审理中", (await first.ReadAsync()).GetProperty("statusName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.ReadAsync();
        Assert.Equal("数据冲突", problem.GetProperty("title").GetString());
        Assert.Contains("已被他人修改", problem.GetProperty("detail").GetString());
        var now = await (await handler.GetAsync($"/api/v1/cases/{id}")).ReadAsync();
        Assert.Equal(revision + 1, now.Revision());
    }

    [Fact]
    public async Task A_step_not_allowed_in_the_status_answers_422_and_a_missing_revision_400()
    {
        var handler = await _host.ClientAsync("handler");
        var detail = await ApiJson.RegisterAsync(handler, ApiJson.Today);

        var resume = await handler.PostAsJsonAsync($"/api/v1/cases/{detail.Id()}/resume",
            new { expectedRevision = detail.Revision(), on = ApiJson.Today.ToString("yyyy-MM-dd") });
        var missing = await handler.PostAsJsonAsync($"/api/v1/cases/{detail.Id()}/resume", new { on = ApiJson.Today.ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, resume.StatusCode);
        Assert.Contains("不能恢复审理", (await resume.ReadAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.ReadAsync()).GetProperty("errors").TryGetProperty("expectedRevision", out _));
    }

    [Fact]
    public async Task Another_handlers_case_is_refused_with_403_on_every_endpoint_while_unassigned_and_own_cases_are_open()
    {
        var handler = await _host.ClientAsync("handler");
        var reviewer = await _host.ClientAsync("reviewer");
        var detail = await ApiJson.RegisterAsync(handler, ApiJson.Today);
        var id = detail.Id();
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/api/v1/cases/{id}")).StatusCode); // unassigned
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PutAsJsonAsync($"/api/v1/cases/{id}/handler", new { handler = "handler2" })).StatusCode);

        foreach (var path in new[] { "", "/deadlines", "/journal", "/documents", "/service-records", "/materials", "/tasks" })
        {
            var response = await handler.GetAsync($"/api/v1/cases/{id}{path}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("陈静", (await response.ReadAsync()).GetProperty("detail").GetString());
        }

        var step = await handler.PostAsJsonAsync($"/api/v1/cases/{id}/accept",
            new { expectedRevision = detail.Revision(), acceptedOn = ApiJson.Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Forbidden, step.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _host.ClientAsync("handler2")).GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync($"/api/v1/cases/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Roles_are_enforced_a_clerk_cannot_accept_and_a_handler_cannot_extend()
    {
        var clerk = await _host.ClientAsync("clerk");
        var handler = await _host.ClientAsync("handler");
        var detail = await ApiJson.RegisterAsync(clerk, ApiJson.Today);

        var accept = await clerk.PostAsJsonAsync($"/api/v1/cases/{detail.Id()}/accept",
            new { expectedRevision = detail.Revision(), acceptedOn = ApiJson.Today.ToString("yyyy-MM-dd") });
        var extend = await handler.PostAsJsonAsync($"/api/v1/cases/{detail.Id()}/extend", new { expectedRevision = detail.Revision(), days = 10 });

        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        Assert.Equal("无权访问", (await accept.ReadAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, extend.StatusCode);
    }
}
