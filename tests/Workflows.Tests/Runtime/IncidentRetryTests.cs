using Microsoft.Extensions.Time.Testing;

namespace Reconsideration.Workflows.Tests.Runtime;

/// <summary>An operator's retry goes on from the step that failed, once the cause is removed.</summary>
public class IncidentRetryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private const string BoundaryTimerFromVariable = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="urn:test">
          <bpmn:process id="P" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
            <bpmn:userTask id="Review" />
            <bpmn:boundaryEvent id="Overdue" attachedToRef="Review">
              <bpmn:timerEventDefinition><bpmn:timeDuration>${ reviewPeriod }</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="End" />
            <bpmn:sequenceFlow id="F3" sourceRef="Overdue" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_boundary_timer_that_could_not_be_set_is_an_incident_on_the_boundary_event_and_a_retry_enters_the_activity()
    {
        var time = new FakeTimeProvider(Monday);
        var engine = new WorkflowEngine(WorkflowStorage.InMemory(), time);
        await engine.DeployAsync(BoundaryTimerFromVariable, "test");

        var instance = await engine.StartAsync("P");

        var incident = Assert.Single(await engine.IncidentsAsync());
        Assert.Equal("Overdue", incident.ElementId);
        Assert.Contains("reviewPeriod", incident.Message);
        Assert.Empty(await engine.TreeTasksAsync(instance.Id));
        Assert.Null(await engine.NextJobDueAsync());

        await engine.SetVariablesAsync(instance.Id, new Dictionary<string, object?> { ["reviewPeriod"] = "PT1H" }, Actor.System);
        await engine.RetryIncidentAsync(incident.Id, Actor.System);

        Assert.Empty(await engine.IncidentsAsync());
        Assert.Equal("Review", Assert.Single(await engine.TreeTasksAsync(instance.Id)).ElementId);
        Assert.Equal(Monday.AddHours(1), await engine.NextJobDueAsync());
    }

    private const string CollectionFromVariable = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="D" targetNamespace="urn:test">
          <bpmn:process id="P" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Opinion" />
            <bpmn:userTask id="Opinion">
              <bpmn:multiInstanceLoopCharacteristics rc:collection="${ members }" rc:elementVariable="member" />
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Opinion" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_multi_instance_activity_whose_collection_failed_starts_its_loop_on_retry()
    {
        var engine = new WorkflowEngine(WorkflowStorage.InMemory(), new FakeTimeProvider(Monday));
        await engine.DeployAsync(CollectionFromVariable, "test");
        var instance = await engine.StartAsync("P");
        var incident = Assert.Single(await engine.IncidentsAsync());
        Assert.Equal("Opinion", incident.ElementId);

        await engine.SetVariablesAsync(instance.Id, new Dictionary<string, object?> { ["members"] = new[] { "委员甲", "委员乙", "委员丙" } }, Actor.System);
        await engine.RetryIncidentAsync(incident.Id, Actor.System);

        Assert.Empty(await engine.IncidentsAsync());
        Assert.Equal(3, (await engine.TreeTasksAsync(instance.Id)).Count(t => t.ElementId == "Opinion"));
    }
}
