using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Designer.Services;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Features.Designer;

/// <summary>The designer's test run on the whole host: the real handlers registered, the real engine on a SQLite file beside it.</summary>
public sealed class TestRunTests : IAsyncLifetime
{
    private readonly ApiHost _host = new(seed: false);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    /// <summary>
    /// A task, a service task with a real handler's name, a gateway on <c>accepted</c>, a five-working-day timer, then a
    /// message: each kind of step a test run offers.
    /// </summary>
    private const string Trial = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:message id="M" name="补正材料已提交" />
          <bpmn:process id="Trial" name="试运行流程" isExecutable="true">
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review" />
            <bpmn:userTask id="review" name="审查" rc:candidateRoles="handler" rc:dueDate="P5WD" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="issue" />
            <bpmn:serviceTask id="issue" name="制作通知书" rc:handler="documents.issue" />
            <bpmn:sequenceFlow id="f3" sourceRef="issue" targetRef="g" />
            <bpmn:exclusiveGateway id="g" name="是否补正" />
            <bpmn:sequenceFlow id="yes" sourceRef="g" targetRef="wait">
              <bpmn:conditionExpression>${ accepted === true }</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="no" sourceRef="g" targetRef="refused">
              <bpmn:conditionExpression>${ accepted === false }</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="refused" />
            <bpmn:intermediateCatchEvent id="wait" name="等候五个工作日">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P5WD</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f4" sourceRef="wait" targetRef="receive" />
            <bpmn:intermediateCatchEvent id="receive" name="收到补正材料">
              <bpmn:messageEventDefinition messageRef="M" />
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f5" sourceRef="receive" targetRef="e" />
            <bpmn:endEvent id="e" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private TestRunner Runner => _host.Services.GetRequiredService<TestRunner>();

    private static Dictionary<string, object?> None => [];

    private static IReadOnlyDictionary<string, object?> Vars(params (string Name, string Value)[] rows) =>
        TestRunVariables.Parse(rows.Select(r => ((string?)r.Name, (string?)r.Value)));

    [Fact]
    public async Task A_run_completes_a_task_passes_a_stand_in_waits_out_a_timer_and_takes_a_message()
    {
        var run = await Runner.StartAsync(Trial, "Trial", Vars(("applicant", "张三")));
        Assert.Equal(["review"], run.State.ActiveElements);
        Assert.Equal("审查", Assert.Single(run.OpenTasks).Name);
        Assert.Equal("张三", run.State.Variables["applicant"].GetString());
        Assert.Equal("开始试运行：流程“试运行流程”，变量 applicant = \"张三\"", run.Log.Lines[0].Text);

        await run.CompleteAsync(run.OpenTasks[0].Id, Vars(("accepted", "true")));
        Assert.Equal(["wait"], run.State.ActiveElements);
        Assert.Contains("review", run.State.CompletedElements);
        Assert.Contains("issue", run.State.CompletedElements);
        Assert.Contains(run.Log.Lines, l => l.Text.StartsWith("服务任务“制作通知书”：处理程序 documents.issue") && l.Text.Contains("不执行真实处理程序"));

        var started = run.Now;
        await run.AdvanceAsync("P1D");
        Assert.Equal(["wait"], run.State.ActiveElements);
        await run.AdvanceAsync("P5WD");
        Assert.True(run.Now > started.AddDays(5));
        Assert.Equal(["receive"], run.State.ActiveElements);
        Assert.Contains(run.Log.Lines, l => l.Text == "定时器“等候五个工作日”到期");
        Assert.Equal(["补正材料已提交"], run.AwaitedMessages);

        await run.SendMessageAsync("补正材料已提交", null, None);
        Assert.Equal(InstanceState.Completed, run.State.State);
        Assert.Empty(run.State.ActiveElements);
        Assert.Contains(run.Log.Lines, l => l.IsStep && l.Text == "发送消息“补正材料已提交”");
        Assert.Contains(run.Log.Lines, l => l.Text == "流程已结束");
    }

    [Fact]
    public async Task A_failing_condition_is_an_incident_on_its_gateway_with_a_Chinese_message()
    {
        var run = await Runner.StartAsync(Trial, "Trial", None);

        await run.CompleteAsync(run.OpenTasks[0].Id, None);

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal("g", incident.ElementId);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", incident.Message);
        Assert.Contains(run.Log.Lines, l => l.Text.StartsWith("“是否补正”发生流程故障"));
    }

    [Fact]
    public async Task Bad_steps_are_refused_in_Chinese_and_change_nothing()
    {
        var run = await Runner.StartAsync(Trial, "Trial", None);
        var now = run.Now;
        var lines = run.Log.Lines.Count;

        Assert.StartsWith("无法识别的时长“五天”", (await Assert.ThrowsAsync<DesignerInputException>(() => run.AdvanceAsync("五天"))).Message);
        Assert.Equal("实例此刻没有在等待消息“补正材料已提交”。",
            (await Assert.ThrowsAsync<DesignerInputException>(() => run.SendMessageAsync("补正材料已提交", null, None))).Message);
        Assert.Equal("变量“a”填写了两次。", Assert.Throws<DesignerInputException>(() => Vars(("a", "1"), ("a", "2"))).Message);
        Assert.StartsWith("流程定义有1处错误，未部署", (await Assert.ThrowsAsync<DesignerInputException>(() => Runner.StartAsync("<bpmn:definitions", null, None))).Message);

        Assert.Equal(now, run.Now);
        Assert.Equal(lines, run.Log.Lines.Count);
        Assert.Equal(["review"], run.State.ActiveElements);
    }

    [Fact]
    public void Values_that_read_as_JSON_are_taken_as_JSON_and_the_rest_as_text()
    {
        var values = Vars(("flag", "true"), ("count", "12"), ("list", "[1, 2]"), ("name", "张三"), ("empty", ""));

        Assert.Equal(System.Text.Json.JsonValueKind.True, ((System.Text.Json.JsonElement)values["flag"]!).ValueKind);
        Assert.Equal(12, ((System.Text.Json.JsonElement)values["count"]!).GetInt32());
        Assert.Equal(2, ((System.Text.Json.JsonElement)values["list"]!).GetArrayLength());
        Assert.Equal("张三", ((System.Text.Json.JsonElement)values["name"]!).GetString());
        Assert.Equal("", ((System.Text.Json.JsonElement)values["empty"]!).GetString());
    }

    [Fact]
    public async Task A_run_touches_neither_the_real_engine_nor_its_database()
    {
        var engine = _host.Services.GetRequiredService<WorkflowEngine>();
        var definitionsBefore = (await engine.DefinitionsAsync()).Count;

        var run = await Runner.StartAsync(Trial, "Trial", None);
        await run.CompleteAsync(run.OpenTasks[0].Id, Vars(("accepted", "true")));
        await run.AdvanceAsync("P5WD");

        Assert.Empty(await engine.DefinitionsAsync("Trial"));
        Assert.Equal(definitionsBefore, (await engine.DefinitionsAsync()).Count);
        Assert.Empty(await engine.ClaimableTasksAsync(Actor.User("handler1", "handler")));
        Assert.Empty(await engine.IncidentsAsync());
    }
}
