using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Tests.Features.Api;
using static Reconsideration.Host.Tests.TestPeople;

namespace Reconsideration.Host.Tests.Features.Staff;

/// <summary>
/// The staff task table a page at a time, on the whole host with a real SQLite file: the cases a handler may not see
/// stay out of the page and of the count, the respondent filter narrows by case, and 已办 lists what I completed.
/// </summary>
public sealed class StaffTasksTests : IAsyncLifetime
{
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:process id="list-test" name="测试流程" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="draft"/>
            <bpmn:userTask id="draft" name="拟写审理报告" rc:candidateRoles="handler" rc:dueDate="P5WD"/>
            <bpmn:sequenceFlow id="f2" sourceRef="draft" targetRef="approve"/>
            <bpmn:userTask id="approve" name="审核" rc:candidateRoles="reviewer"/>
            <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly ApiHost _host = new(seed: true, bpmn: Bpmn);

    private StaffTasks Tasks => _host.Services.GetRequiredService<StaffTasks>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    /// <summary>A case against <paramref name="respondent"/> with the test process started; assigned when a handler is given.</summary>
    private async Task<string> CaseAsync(string respondent, string? handler)
    {
        var reviewer = await _host.ClientAsync("reviewer");
        var detail = await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), ApiJson.Today, respondent: respondent);
        var id = detail.Id();
        if (handler is not null) (await reviewer.PutAsJsonAsync($"/api/v1/cases/{id}/handler", new { handler })).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/cases/{id}/workflow", new { processId = "list-test" })).EnsureSuccessStatusCode();
        return detail.GetProperty("case").GetProperty("number").GetString()!;
    }

    private static string[] Numbers(TaskResults results) => [.. results.Rows.Select(r => r.CaseNumber!)];

    [Fact]
    public async Task A_handler_pages_through_their_own_and_unassigned_cases_only()
    {
        var mine = await CaseAsync("红谷滩区市场监督管理局", "handler");
        var theirs = await CaseAsync("红谷滩区市场监督管理局", "handler2");
        var open = await CaseAsync("红谷滩区城市管理局", null);
        var handler = User("handler", "handler");
        var query = new TaskTableQuery { Filter = "拟写", SortBy = TaskSort.CaseNumber, PageSize = 1 };

        var first = await Tasks.PageAsync(handler, query);
        var second = await Tasks.PageAsync(handler, query with { Page = 2 });
        Assert.Equal(2, first.Total);
        Assert.Equal([mine, open], [.. Numbers(first), .. Numbers(second)]);
        Assert.Equal("红谷滩区市场监督管理局", first.Rows[0].Respondent);
        Assert.NotNull(first.Rows[0].CaseId);

        // The reviewer sees every case's tasks for the reviewer's role, none of the handler's role.
        Assert.Equal(0, (await Tasks.PageAsync(User("reviewer", "reviewer"), query)).Total);
        Assert.Contains(theirs, Numbers(await Tasks.PageAsync(User("handler2", "handler"), query with { PageSize = 20 })));
    }

    [Fact]
    public async Task The_respondent_filter_narrows_to_that_respondents_cases()
    {
        await CaseAsync("红谷滩区市场监督管理局", null);
        var city = await CaseAsync("红谷滩区城市管理局", null);
        var query = new TaskTableQuery { Filter = "拟写", Respondent = " 城市管理 " };

        Assert.Equal([city], Numbers(await Tasks.PageAsync(User("handler", "handler"), query)));
        Assert.Equal(0, (await Tasks.PageAsync(User("handler", "handler"), query with { Respondent = "税务局" })).Total);
    }

    [Fact]
    public async Task Done_lists_the_tasks_I_completed_with_the_time()
    {
        var number = await CaseAsync("红谷滩区市场监督管理局", "handler");
        var handler = User("handler", "handler");
        var draft = Assert.Single((await Tasks.PageAsync(handler, new TaskTableQuery { Filter = number })).Rows);
        Assert.Null(await Tasks.ClaimAsync(handler, draft.Id));
        var client = await _host.ClientAsync("handler");
        (await client.PostAsJsonAsync($"/api/v1/tasks/{draft.Id}/complete", new { variables = new { } })).EnsureSuccessStatusCode();

        var done = Assert.Single((await Tasks.PageAsync(handler, new TaskTableQuery { Scope = TaskScope.Done })).Rows);
        Assert.Equal((draft.Id, number), (done.Id, done.CaseNumber));
        Assert.NotNull(done.EndedAt);
        Assert.Equal(0, (await Tasks.PageAsync(handler, new TaskTableQuery { Filter = number })).Total);
    }
}
