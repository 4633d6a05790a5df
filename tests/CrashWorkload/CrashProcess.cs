namespace Reconsideration.CrashWorkload;

/// <summary>
/// The process the crash workload drives: every kind of wait the engine persists in one short path.
/// start → 受理 (user task) → 等待 (timer PT1S) → 盖章 (service task, fails once for some instances, so a retry
/// job is scheduled) → fork → 调查 and 听证 (user tasks) → join → end.
/// </summary>
public static class CrashProcess
{
    public const string ProcessId = "crash";
    public const string Role = "承办人";
    public const string Accept = "Accept";
    public const string Wait = "Wait";
    public const string Stamp = "Stamp";
    public const string Investigate = "Investigate";
    public const string Hear = "Hear";
    public const string Join = "Join";
    /// <summary>How many flows enter <see cref="Join"/>.</summary>
    public const int JoinIncoming = 2;

    public static readonly string[] UserTasks = [Accept, Investigate, Hear];

    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0"
            id="CrashDefinitions" targetNamespace="urn:reconsideration:tests">
          <bpmn:process id="crash" name="崩溃测试流程" isExecutable="true">
            <bpmn:startEvent id="Start" name="收到申请" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Accept" />
            <bpmn:userTask id="Accept" name="受理" rc:candidateRoles="承办人" />
            <bpmn:sequenceFlow id="F2" sourceRef="Accept" targetRef="Wait" />
            <bpmn:intermediateCatchEvent id="Wait" name="等待一秒">
              <bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="Wait" targetRef="Stamp" />
            <bpmn:serviceTask id="Stamp" name="盖章" rc:handler="stamp" />
            <bpmn:sequenceFlow id="F4" sourceRef="Stamp" targetRef="Fork" />
            <bpmn:parallelGateway id="Fork" />
            <bpmn:sequenceFlow id="F5" sourceRef="Fork" targetRef="Investigate" />
            <bpmn:sequenceFlow id="F6" sourceRef="Fork" targetRef="Hear" />
            <bpmn:userTask id="Investigate" name="调查" rc:candidateRoles="承办人" />
            <bpmn:userTask id="Hear" name="听证" rc:candidateRoles="承办人" />
            <bpmn:sequenceFlow id="F7" sourceRef="Investigate" targetRef="Join" />
            <bpmn:sequenceFlow id="F8" sourceRef="Hear" targetRef="Join" />
            <bpmn:parallelGateway id="Join" />
            <bpmn:sequenceFlow id="F9" sourceRef="Join" targetRef="End" />
            <bpmn:endEvent id="End" name="办结" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
