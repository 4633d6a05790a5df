using Reconsideration.Workflows.Simulation;

namespace Reconsideration.Workflows.Tests.Simulation;

public class WorkflowSimulatorTests
{
    private const string WaitUntilEleven = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="urn:test">
          <bpmn:process id="P" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Eleven" />
            <bpmn:intermediateCatchEvent id="Eleven">
              <bpmn:timerEventDefinition><bpmn:timeDate>2026-09-24T11:00:00+08:00</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="F2" sourceRef="Eleven" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Theory]
    [InlineData("2026-09-24T10:00:00", "PT59M", "active")] // no offset: Beijing time, so 11:00 is an hour away
    [InlineData("2026-09-24T10:00:00", "PT1H", "completed")]
    [InlineData("2026-09-24T02:00:00Z", "PT59M", "active")]
    public async Task A_clock_start_without_offset_is_China_time(string clockStart, string advance, string state)
    {
        var script = "[{\"start\": {\"clockStart\": \"" + clockStart + "\"}}, {\"advance\": \"" + advance + "\"}]";

        var report = await WorkflowSimulator.RunAsync(WaitUntilEleven, script, TextWriter.Null);

        Assert.Equal(state, report["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_clock_start_after_the_first_step_is_refused()
    {
        var script = """[{"advance": "PT1H"}, {"start": {"clockStart": "2026-09-24T10:00:00+08:00"}}]""";

        var error = await Assert.ThrowsAsync<SimulationException>(() => WorkflowSimulator.RunAsync(WaitUntilEleven, script, TextWriter.Null));

        Assert.Contains("clockStart 只能写在第一步", error.Message);
    }

    [Fact]
    public async Task A_bad_clock_start_names_the_value()
    {
        var script = """[{"start": {"clockStart": "下周一"}}]""";

        var error = await Assert.ThrowsAsync<SimulationException>(() => WorkflowSimulator.RunAsync(WaitUntilEleven, script, TextWriter.Null));

        Assert.Contains("下周一", error.Message);
    }
}
