using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reconsideration.Host.Tests.Features.Api;

public sealed class TasksApiTests : IAsyncLifetime
{
    // A small stand-in for the shipped workflows: the handler drafts, the reviewer approves.
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:process id="api-test" name="测试流程" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="draft"/>
            <bpmn:userTask id="draft" name="拟写审理报告" rc:candidateRoles="handler"/>
            <bpmn:sequenceFlow id="f2" sourceRef="draft" targetRef="approve"/>
            <bpmn:userTask id="approve" name="审核" rc:candidateRoles="reviewer"/>
            <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly ApiHost _host = new(bpmn: Bpmn);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task A_task_of_a_case_is_listed_claimed_and_completed_with_form_data_through_the_api()
    {
        var handler = await _host.ClientAsync("handler");
        var reviewer = await _host.ClientAsync("reviewer");
        var detail = await ApiJson.RegisterAsync(handler, ApiJson.Today);
        var id = detail.Id();
        var number = detail.GetProperty("case").GetProperty("number").GetString();
        Assert.Equal(HttpStatusCode.Created, (await handler.PostAsJsonAsync($"/api/v1/cases/{id}/workflow", new { processId = "api-test" })).StatusCode);

        var claimable = await (await handler.GetAsync("/api/v1/tasks/claimable")).ReadAsync();
        var task = claimable.EnumerateArray().Single(t => t.GetProperty("caseId").GetGuid() == id);
        Assert.Equal("拟写审理报告", task.GetProperty("name").GetString());
        Assert.Equal(number, task.GetProperty("caseNumber").GetString());
        Assert.Equal("承办人", task.GetProperty("candidateRoleNames")[0].GetString());
        var taskId = task.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync($"/api/v1/tasks/{taskId}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsync($"/api/v1/tasks/{taskId}/claim", null)).StatusCode);
        var mine = await (await handler.GetAsync("/api/v1/tasks/mine")).ReadAsync();
        Assert.Contains(mine.EnumerateArray(), t => t.GetProperty("id").GetGuid() == taskId);

        var completed = await handler.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete",
            new { variables = new { opinion = "建议维持", days = 3 } });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var result = await completed.ReadAsync();
        Assert.Equal("Completed", result.GetProperty("task").GetProperty("state").GetString());
        var next = Assert.Single(result.GetProperty("next").EnumerateArray());
        Assert.Equal("审核", next.GetProperty("name").GetString());

        var again = await handler.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { variables = new { } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var caseTasks = await (await handler.GetAsync($"/api/v1/cases/{id}/tasks?all=true")).ReadAsync();
        Assert.Equal(2, caseTasks.GetArrayLength());
        var journal = await (await handler.GetAsync($"/api/v1/cases/{id}/journal")).ReadAsync();
        Assert.Contains(journal.EnumerateArray(), l => l.GetProperty("text").GetString() == "办结任务“拟写审理报告”" && l.GetProperty("actor").GetString() == "李明");
        Assert.Contains(journal.EnumerateArray(), l => l.GetProperty("source").GetString() == "案件");
    }

    [Fact]
    public async Task Tasks_of_another_handlers_case_are_neither_listed_nor_workable()
    {
        var reviewer = await _host.ClientAsync("reviewer");
        var handler = await _host.ClientAsync("handler");
        var detail = await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), ApiJson.Today);
        var id = detail.Id();
        await reviewer.PutAsJsonAsync($"/api/v1/cases/{id}/handler", new { handler = "handler2" });
        await reviewer.PostAsJsonAsync($"/api/v1/cases/{id}/workflow", new { processId = "api-test" });

        var listed = await (await handler.GetAsync("/api/v1/tasks/claimable")).ReadAsync();
        Assert.DoesNotContain(listed.EnumerateArray(), t => t.GetProperty("caseId").ValueKind == JsonValueKind.String && t.GetProperty("caseId").GetGuid() == id);
        var theirs = await (await (await _host.ClientAsync("handler2")).GetAsync("/api/v1/tasks/claimable")).ReadAsync();
        var taskId = theirs.EnumerateArray().Single(t => t.GetProperty("caseId").GetGuid() == id).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsync($"/api/v1/tasks/{taskId}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.PostAsync($"/api/v1/tasks/{Guid.NewGuid()}/claim", null)).StatusCode);
    }

    [Fact]
    public async Task The_task_list_comes_a_page_at_a_time_with_its_count_and_refuses_an_unknown_scope_in_chinese()
    {
        var handler = await _host.ClientAsync("handler");
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var detail = await ApiJson.RegisterAsync(handler, ApiJson.Today);
            numbers.Add(detail.GetProperty("case").GetProperty("number").GetString()!);
            await handler.PostAsJsonAsync($"/api/v1/cases/{detail.Id()}/workflow", new { processId = "api-test" });
        }

        var first = await (await handler.GetAsync("/api/v1/tasks?q=拟写&sort=case&pageSize=2")).ReadAsync();
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pages").GetInt32());
        var second = await (await handler.GetAsync("/api/v1/tasks?q=拟写&sort=case&pageSize=2&page=2")).ReadAsync();
        var listed = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(t => t.GetProperty("caseNumber").GetString()!).ToList();
        Assert.Equal(numbers, listed);

        var done = await (await handler.GetAsync("/api/v1/tasks?scope=done")).ReadAsync();
        Assert.Equal(0, done.GetProperty("total").GetInt32());
        var bad = await handler.GetAsync("/api/v1/tasks?scope=all&pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadAsync()).GetProperty("errors");
        Assert.Contains("范围须为", errors.GetProperty("scope")[0].GetString());
        Assert.Contains("每页条数", errors.GetProperty("pageSize")[0].GetString());
    }
}
