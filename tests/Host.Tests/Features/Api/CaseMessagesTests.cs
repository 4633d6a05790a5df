using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Workflows;
using static Reconsideration.Host.Tests.TestPeople;

namespace Reconsideration.Host.Tests.Features.Api;

/// <summary>The events of a case's workflow: only those it waits for are offered, only the right roles send them.</summary>
public sealed class CaseMessagesTests : IAsyncLifetime
{
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:message id="Withdraw" name="申请撤回" />
          <bpmn:process id="events-test" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review"/>
            <bpmn:userTask id="review" name="审理" rc:candidateRoles="handler"/>
            <bpmn:boundaryEvent id="withdrawn" attachedToRef="review">
              <bpmn:messageEventDefinition messageRef="Withdraw" rc:correlationKey="caseNo" />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="withdrawn" targetRef="decide"/>
            <bpmn:userTask id="decide" name="撤回审查" rc:candidateRoles="handler"/>
            <bpmn:sequenceFlow id="f3" sourceRef="review" targetRef="e"/>
            <bpmn:sequenceFlow id="f4" sourceRef="decide" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly ApiHost _host = new(bpmn: Bpmn);

    private CaseMessages Messages => _host.Services.GetRequiredService<CaseMessages>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task A_withdrawal_is_offered_while_awaited_refused_to_a_clerk_and_moves_the_workflow()
    {
        var detail = await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), ApiJson.Today);
        var id = detail.Id();
        (await (await _host.ClientAsync("handler")).PostAsJsonAsync($"/api/v1/cases/{id}/workflow", new { processId = "events-test" })).EnsureSuccessStatusCode();
        Assert.Equal(["申请撤回"], await Messages.AwaitedAsync(id));

        var clerk = await Assert.ThrowsAsync<ApiException>(() => Messages.SendAsync(User("clerk", "clerk"), id, "申请撤回", null));
        Assert.Equal(403, clerk.Status);
        var unknown = await Assert.ThrowsAsync<ApiException>(() => Messages.SendAsync(User("handler", "handler"), id, "加急", null));
        Assert.Contains("不是本流程的消息", unknown.Message);
        Assert.Equal(["申请撤回"], await Messages.AwaitedAsync(id));

        await Messages.SendAsync(User("handler", "handler"), id, "申请撤回", null);
        Assert.Empty(await Messages.AwaitedAsync(id));
        var engine = _host.Services.GetRequiredService<WorkflowEngine>();
        var page = await engine.TaskPageAsync(new TaskListQuery { Scope = TaskListScope.Claimable, Actor = Actor.User("handler", "handler"), Text = "撤回审查" });
        Assert.Equal(1, page.Total);
        await Assert.ThrowsAsync<WorkflowException>(() => Messages.SendAsync(User("handler", "handler"), id, "申请撤回", null));
    }
}
