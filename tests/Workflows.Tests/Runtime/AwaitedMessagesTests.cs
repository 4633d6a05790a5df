namespace Reconsideration.Workflows.Tests.Runtime;

/// <summary>What an instance tree waits for, so a page offers only the events that would be received.</summary>
public sealed class AwaitedMessagesTests
{
    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:message id="Withdraw" name="申请撤回" />
          <bpmn:message id="Corrected" name="补正材料已提交" />
          <bpmn:process id="P" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
            <bpmn:userTask id="Review" name="审理" rc:candidateUsers="wang" />
            <bpmn:boundaryEvent id="Withdrawn" attachedToRef="Review">
              <bpmn:messageEventDefinition messageRef="Withdraw" rc:correlationKey="caseNo" />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="Wait" />
            <bpmn:intermediateCatchEvent id="Wait">
              <bpmn:messageEventDefinition messageRef="Corrected" rc:correlationKey="caseNo" />
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="Wait" targetRef="End" />
            <bpmn:sequenceFlow id="F4" sourceRef="Withdrawn" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task The_awaited_messages_follow_the_instance_and_vanish_when_it_ends()
    {
        var fixture = new EngineFixture();
        var instance = await fixture.DeployAndStartAsync(Bpmn, new Dictionary<string, object?> { ["caseNo"] = "红府复〔2026〕1号" });
        Assert.Equal(["申请撤回"], await fixture.Engine.AwaitedMessagesAsync(instance.Id));

        await fixture.Engine.CompleteAsync((await fixture.OnlyOpenTaskAsync(instance.Id)).Id, Actor.User("wang"));
        Assert.Equal(["补正材料已提交"], await fixture.Engine.AwaitedMessagesAsync(instance.Id));

        await fixture.Engine.CorrelateMessageAsync("补正材料已提交", "红府复〔2026〕1号");
        Assert.Empty(await fixture.Engine.AwaitedMessagesAsync(instance.Id));
        Assert.Empty(await fixture.Engine.AwaitedMessagesAsync(Guid.NewGuid()));
    }
}
