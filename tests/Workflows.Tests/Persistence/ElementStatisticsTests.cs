namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>
/// Per element of a version: how many instances passed it and how many wait there now, grouped by the database on
/// SQLite and by the in-memory store alike; another version's instances are not counted.
/// </summary>
public sealed class ElementStatisticsTests : IDisposable
{
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:message id="Corrected" name="补正材料已提交" />
          <bpmn:process id="P" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
            <bpmn:userTask id="Review" name="审理" rc:candidateUsers="wang" />
            <bpmn:boundaryEvent id="Late" attachedToRef="Review" cancelActivity="false">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P30D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F4" sourceRef="Late" targetRef="Reminded" />
            <bpmn:endEvent id="Reminded" />
            <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="Wait" />
            <bpmn:intermediateCatchEvent id="Wait">
              <bpmn:messageEventDefinition messageRef="Corrected" rc:correlationKey="caseNo" />
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="Wait" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly SqliteTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    public static TheoryData<bool> Stores => new() { true, false };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Counts_who_passed_and_who_waits_at_each_element_of_one_version(bool sqlite)
    {
        var engine = sqlite ? _db.OpenEngine() : new WorkflowEngine(WorkflowStorage.InMemory(), _db.Time, calendar: SqliteTestDatabase.Calendar);
        await engine.DeployAsync(Bpmn, "管理员");
        var instances = new List<ProcessInstanceInfo>();
        for (var i = 0; i < 4; i++) instances.Add(await engine.StartAsync("P", new Dictionary<string, object?> { ["caseNo"] = $"第{i}号" }));
        // Two finish 审理 and wait for the message; one of them receives it and ends.
        foreach (var instance in instances.Take(2))
            await engine.CompleteAsync((await engine.InstanceTasksAsync(instance.Id))[0].Id, Actor.User("wang"));
        await engine.CorrelateMessageAsync("补正材料已提交", "第0号");
        // The next version's instance is not counted in version 1.
        await engine.DeployAsync(Bpmn.Replace("name=\"审理\"", "name=\"案件审理\""), "管理员");
        await engine.StartAsync("P", new Dictionary<string, object?> { ["caseNo"] = "第9号" });

        var statistics = (await engine.ElementStatisticsAsync("P:1")).ToDictionary(s => s.ElementId, s => (s.Passed, s.Waiting));

        Assert.Equal((4, 0), statistics["Start"]);
        Assert.Equal((2, 2), statistics["Review"]);
        Assert.Equal((1, 1), statistics["Wait"]);
        Assert.Equal((1, 0), statistics["End"]);
        // The boundary timer's wait belongs to 审理, not to the timer; nothing reached the reminder.
        Assert.False(statistics.ContainsKey("Late"));
        Assert.False(statistics.ContainsKey("Reminded"));
        Assert.Equal([new ElementStatistics("Review", 0, 1), new ElementStatistics("Start", 1, 0)], await engine.ElementStatisticsAsync("P:2"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_called_process_counts_under_its_own_definition(bool sqlite)
    {
        const string Calls = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
              <bpmn:process id="Main" isExecutable="true">
                <bpmn:startEvent id="MainStart" />
                <bpmn:sequenceFlow id="M1" sourceRef="MainStart" targetRef="CallReply" />
                <bpmn:callActivity id="CallReply" calledElement="Reply" />
                <bpmn:sequenceFlow id="M2" sourceRef="CallReply" targetRef="MainEnd" />
                <bpmn:endEvent id="MainEnd" />
              </bpmn:process>
              <bpmn:process id="Reply" isExecutable="true">
                <bpmn:startEvent id="ReplyStart" />
                <bpmn:sequenceFlow id="R1" sourceRef="ReplyStart" targetRef="Answer" />
                <bpmn:userTask id="Answer" name="答复" rc:candidateUsers="wang" />
                <bpmn:sequenceFlow id="R2" sourceRef="Answer" targetRef="ReplyEnd" />
                <bpmn:endEvent id="ReplyEnd" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        var engine = sqlite ? _db.OpenEngine() : new WorkflowEngine(WorkflowStorage.InMemory(), _db.Time, calendar: SqliteTestDatabase.Calendar);
        await engine.DeployAsync(Calls, "管理员");
        var done = await engine.StartAsync("Main");
        await engine.StartAsync("Main");
        await engine.CompleteAsync((await engine.TreeTasksAsync(done.Id))[0].Id, Actor.User("wang"));

        var main = (await engine.ElementStatisticsAsync("Main:1")).ToDictionary(s => s.ElementId, s => (s.Passed, s.Waiting));
        var reply = (await engine.ElementStatisticsAsync("Reply:1")).ToDictionary(s => s.ElementId, s => (s.Passed, s.Waiting));

        Assert.Equal((2, 0), main["MainStart"]);
        Assert.Equal((1, 0), main["CallReply"]);
        Assert.Equal((1, 0), main["MainEnd"]);
        Assert.False(main.ContainsKey("Answer"));
        Assert.Equal((2, 0), reply["ReplyStart"]);
        Assert.Equal((1, 1), reply["Answer"]);
        Assert.Equal((1, 0), reply["ReplyEnd"]);
    }

    [Fact]
    public async Task An_unknown_definition_is_refused_in_Chinese()
    {
        var e = await Assert.ThrowsAsync<WorkflowException>(() => _db.OpenEngine().ElementStatisticsAsync("P:9"));
        Assert.Contains("不存在", e.Message);
    }
}
