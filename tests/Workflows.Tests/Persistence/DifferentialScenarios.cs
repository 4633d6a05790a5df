namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>Processes that touch every kind of persisted state: messages, calls, multi-instance, boundary timers, errors, start timers.</summary>
internal static class DifferentialScenarios
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0"
            id="Definitions" targetNamespace="urn:reconsideration:tests">
        """;

    private static string File(string content) => Head + content + "\n</bpmn:definitions>";

    /// <summary>审查 → needs correction? → event gateway: the applicant's correction (message, keyed by case number) or 10 days → 决定.</summary>
    public static readonly string Correction = File("""
          <bpmn:message id="M_Corrected" name="补正材料已提交" />
          <bpmn:process id="Correction" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
            <bpmn:userTask id="Review" name="审查" rc:candidateRoles="承办人" rc:dueDate="P5WD" rc:formKey="case/review" />
            <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="Needs" />
            <bpmn:exclusiveGateway id="Needs" default="F4" />
            <bpmn:sequenceFlow id="F3" sourceRef="Needs" targetRef="Wait"><bpmn:conditionExpression>${ needsCorrection }</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="F4" sourceRef="Needs" targetRef="Decide" />
            <bpmn:eventBasedGateway id="Wait" />
            <bpmn:sequenceFlow id="F5" sourceRef="Wait" targetRef="Corrected" />
            <bpmn:sequenceFlow id="F6" sourceRef="Wait" targetRef="Lapsed" />
            <bpmn:intermediateCatchEvent id="Corrected" name="收到补正材料">
              <bpmn:messageEventDefinition messageRef="M_Corrected" rc:correlationKey="${ caseNo }" />
            </bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="Lapsed" name="补正期限届满">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P10D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="F7" sourceRef="Corrected" targetRef="Decide" />
            <bpmn:sequenceFlow id="F8" sourceRef="Lapsed" targetRef="Decide" />
            <bpmn:userTask id="Decide" name="决定" rc:candidateRoles="负责人" />
            <bpmn:sequenceFlow id="F9" sourceRef="Decide" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        """);

    /// <summary>A call to 答复 (with a reminder timer inside), then 委员意见 once per member (parallel multi-instance), then 合议.</summary>
    public static readonly string Committee = File("""
          <bpmn:process id="Committee" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="CallReply" />
            <bpmn:callActivity id="CallReply" calledElement="Reply" />
            <bpmn:sequenceFlow id="F2" sourceRef="CallReply" targetRef="Opinion" />
            <bpmn:userTask id="Opinion" name="委员意见" rc:assignee="${ member }">
              <bpmn:multiInstanceLoopCharacteristics rc:collection="${ members }" rc:elementVariable="member" />
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F3" sourceRef="Opinion" targetRef="Deliberate" />
            <bpmn:userTask id="Deliberate" name="合议" rc:candidateUsers="主任" />
            <bpmn:sequenceFlow id="F4" sourceRef="Deliberate" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
          <bpmn:process id="Reply" isExecutable="true">
            <bpmn:startEvent id="ReplyStart" />
            <bpmn:sequenceFlow id="R1" sourceRef="ReplyStart" targetRef="WriteReply" />
            <bpmn:userTask id="WriteReply" name="答复" rc:candidateRoles="被申请人" />
            <bpmn:boundaryEvent id="Remind" attachedToRef="WriteReply" cancelActivity="false">
              <bpmn:timerEventDefinition><bpmn:timeCycle>R2/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="R2" sourceRef="WriteReply" targetRef="ReplyEnd" />
            <bpmn:sequenceFlow id="R3" sourceRef="Remind" targetRef="Notify" />
            <bpmn:serviceTask id="Notify" name="催告" rc:handler="notify" />
            <bpmn:sequenceFlow id="R4" sourceRef="Notify" targetRef="NotifyEnd" />
            <bpmn:endEvent id="NotifyEnd" />
            <bpmn:endEvent id="ReplyEnd" />
          </bpmn:process>
        """);

    /// <summary>受理 → 调查 (interrupting 5-day timer → 督办) → 送达 (a handler that may throw a BPMN error, caught → 补救) → end.</summary>
    public static readonly string Handling = File("""
          <bpmn:error id="Err_Undeliverable" errorCode="UNDELIVERABLE" />
          <bpmn:process id="Handling" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Accept" />
            <bpmn:userTask id="Accept" name="受理" rc:candidateRoles="承办人" />
            <bpmn:sequenceFlow id="F2" sourceRef="Accept" targetRef="Investigate" />
            <bpmn:userTask id="Investigate" name="调查" rc:candidateRoles="承办人" />
            <bpmn:boundaryEvent id="Overdue" attachedToRef="Investigate">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="Investigate" targetRef="Deliver" />
            <bpmn:sequenceFlow id="F4" sourceRef="Overdue" targetRef="Supervise" />
            <bpmn:userTask id="Supervise" name="督办" rc:candidateRoles="负责人" />
            <bpmn:sequenceFlow id="F5" sourceRef="Supervise" targetRef="Deliver" />
            <bpmn:serviceTask id="Deliver" name="送达" rc:handler="deliver" />
            <bpmn:boundaryEvent id="Undeliverable" attachedToRef="Deliver">
              <bpmn:errorEventDefinition errorRef="Err_Undeliverable" />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F6" sourceRef="Deliver" targetRef="End" />
            <bpmn:sequenceFlow id="F7" sourceRef="Undeliverable" targetRef="Remedy" />
            <bpmn:userTask id="Remedy" name="补救" rc:candidateRoles="承办人" />
            <bpmn:sequenceFlow id="F8" sourceRef="Remedy" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        """);

    /// <summary>Started by a timer every hour, twice: 巡查.</summary>
    public static readonly string Patrol = File("""
          <bpmn:process id="Patrol" isExecutable="true">
            <bpmn:startEvent id="Every"><bpmn:timerEventDefinition><bpmn:timeCycle>R2/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Every" targetRef="Inspect" />
            <bpmn:userTask id="Inspect" name="巡查" rc:candidateRoles="检查员" />
            <bpmn:sequenceFlow id="F2" sourceRef="Inspect" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        """);
}
