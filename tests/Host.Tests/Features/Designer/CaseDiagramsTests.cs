using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Designer.Diagrams;
using Reconsideration.Host.Features.Designer.Services;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Workflows;
using static Reconsideration.Host.Tests.TestPeople;

namespace Reconsideration.Host.Tests.Features.Designer;

/// <summary>
/// The instance viewer's data on the whole host (real SQLite file, real engine): the path taken with its flows, the
/// active elements, the called process of the same file, the journal newest first, and who may look.
/// </summary>
public sealed class CaseDiagramsTests : IAsyncLifetime
{
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:process id="viewer-test" name="查看测试" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="draft"/>
            <bpmn:userTask id="draft" name="拟写审理报告" rc:candidateRoles="handler"/>
            <bpmn:sequenceFlow id="f2" sourceRef="draft" targetRef="call"/>
            <bpmn:callActivity id="call" name="征求意见" calledElement="viewer-sub"/>
            <bpmn:sequenceFlow id="f3" sourceRef="call" targetRef="e"/>
            <bpmn:sequenceFlow id="back" sourceRef="call" targetRef="draft"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
          <bpmn:process id="viewer-sub" name="征求意见子流程" isExecutable="true">
            <bpmn:startEvent id="s2"/>
            <bpmn:sequenceFlow id="g1" sourceRef="s2" targetRef="opinion"/>
            <bpmn:userTask id="opinion" name="提出意见" rc:candidateRoles="reviewer"/>
            <bpmn:sequenceFlow id="g2" sourceRef="opinion" targetRef="e2"/>
            <bpmn:endEvent id="e2"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly ApiHost _host = new(seed: true, bpmn: Bpmn);

    private CaseDiagrams Diagrams => _host.Services.GetRequiredService<CaseDiagrams>();
    private WorkflowEngine Engine => _host.Services.GetRequiredService<WorkflowEngine>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task The_path_the_active_elements_and_the_called_process_show_as_the_case_goes_on()
    {
        var detail = await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), ApiJson.Today);
        var caseId = detail.Id();
        var reviewer = await _host.ClientAsync("reviewer");
        (await reviewer.PostAsJsonAsync($"/api/v1/cases/{caseId}/workflow", new { processId = "viewer-test" })).EnsureSuccessStatusCode();
        var handler = User("handler", "handler");

        var started = await Diagrams.OpenAsync(handler, caseId, null);
        Assert.Equal(("查看测试", 1), (started.Current.ProcessName, started.Current.Version));
        Assert.Equal(["f1", "s"], started.Passed);
        Assert.Equal(["draft"], started.Active);
        Assert.Equal("生成任务“拟写审理报告”", started.Journal[0].Text);
        Assert.Equal("draft", started.Journal[0].ElementId);
        Assert.Equal("流程启动", started.Journal[^1].Text);
        Assert.True(started.Journal.Zip(started.Journal.Skip(1)).All(p => p.First.Sequence > p.Second.Sequence));

        var draft = Assert.Single(await Engine.TreeTasksAsync(started.Current.RootId));
        await Engine.CompleteAsync(draft.Id, Actor.System);

        var called = await Diagrams.OpenAsync(handler, caseId, started.Current.RootId);
        // The called process is a pool of the same file: its path and task show; the loop back was not taken.
        Assert.Equal(["draft", "f1", "f2", "g1", "s", "s2"], called.Passed);
        Assert.Equal(["call", "opinion"], called.Active);
        Assert.Contains(called.Journal, l => l.Text == "生成任务“提出意见”" && l.ElementId == "opinion");
        Assert.DoesNotContain("back", called.Passed);
    }

    [Fact]
    public async Task Who_may_not_see_the_case_or_a_case_without_process_gets_a_Chinese_reason()
    {
        var caseId = (await ApiJson.RegisterAsync(await _host.ClientAsync("clerk"), ApiJson.Today)).Id();

        var none = await Assert.ThrowsAsync<DesignerInputException>(() => Diagrams.OpenAsync(User("handler", "handler"), caseId, null));
        Assert.Contains("尚未启动流程", none.Message);
        var designer = await Assert.ThrowsAsync<DesignerInputException>(() => Diagrams.OpenAsync(User("designer", "designer"), caseId, null));
        Assert.Contains("无权查看", designer.Message);
        var unknown = await Assert.ThrowsAsync<DesignerInputException>(() => Diagrams.OpenAsync(User("handler", "handler"), Guid.NewGuid(), null));
        Assert.Contains("没有这个案件", unknown.Message);
    }
}
