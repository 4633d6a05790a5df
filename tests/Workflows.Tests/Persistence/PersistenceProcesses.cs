using Reconsideration.Workflows.Tests.Parsing;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>The small processes the persistence tests run on SQLite.</summary>
internal static class PersistenceProcesses
{
    /// <summary>"review": start → 承办 (roles 承办人/法制审核员, user zhang) → 审核 (role 负责人) → end.</summary>
    public static readonly string Review = Bpmn.Process("""
        <bpmn:startEvent id="S" />
        <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Handle" />
        <bpmn:userTask id="Handle" name="承办" rc:candidateRoles="承办人, 法制审核员" rc:candidateUsers="zhang" rc:formKey="case/handle" rc:dueDate="P5WD" rc:priority="60" />
        <bpmn:sequenceFlow id="F2" sourceRef="Handle" targetRef="Approve" />
        <bpmn:userTask id="Approve" name="审核" rc:candidateRoles="负责人" />
        <bpmn:sequenceFlow id="F3" sourceRef="Approve" targetRef="E" />
        <bpmn:endEvent id="E" />
        """);

    /// <summary>"P": start → fork → 甲 and 乙 (role 承办人) → join → 合议 → end.</summary>
    public static readonly string Parallel = Bpmn.Process("""
        <bpmn:startEvent id="S" />
        <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Fork" />
        <bpmn:parallelGateway id="Fork" />
        <bpmn:sequenceFlow id="F2" sourceRef="Fork" targetRef="A" />
        <bpmn:sequenceFlow id="F3" sourceRef="Fork" targetRef="B" />
        <bpmn:userTask id="A" name="甲" rc:candidateRoles="承办人" />
        <bpmn:userTask id="B" name="乙" rc:candidateRoles="承办人" />
        <bpmn:sequenceFlow id="F4" sourceRef="A" targetRef="Join" />
        <bpmn:sequenceFlow id="F5" sourceRef="B" targetRef="Join" />
        <bpmn:parallelGateway id="Join" />
        <bpmn:sequenceFlow id="F6" sourceRef="Join" targetRef="After" />
        <bpmn:userTask id="After" name="合议" />
        <bpmn:sequenceFlow id="F7" sourceRef="After" targetRef="E" />
        <bpmn:endEvent id="E" />
        """);

    /// <summary>"P": start → timer catch PT1H → 到期处理 → end.</summary>
    public static readonly string Timer = Bpmn.Process("""
        <bpmn:startEvent id="S" />
        <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Wait" />
        <bpmn:intermediateCatchEvent id="Wait" name="等待一小时">
          <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="F2" sourceRef="Wait" targetRef="After" />
        <bpmn:userTask id="After" name="到期处理" />
        <bpmn:sequenceFlow id="F3" sourceRef="After" targetRef="E" />
        <bpmn:endEvent id="E" />
        """);

    /// <summary>"P": start → service task (handler "flaky") → 复核 → end.</summary>
    public static readonly string Service = Bpmn.Process("""
        <bpmn:startEvent id="S" />
        <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Call" />
        <bpmn:serviceTask id="Call" name="送达" rc:handler="flaky" />
        <bpmn:sequenceFlow id="F2" sourceRef="Call" targetRef="After" />
        <bpmn:userTask id="After" name="复核" />
        <bpmn:sequenceFlow id="F3" sourceRef="After" targetRef="E" />
        <bpmn:endEvent id="E" />
        """);

    /// <summary>"P": start → gateway on amount (a variable nobody set yet) → 大额 or 小额 → end.</summary>
    public static readonly string Decision = Bpmn.Process("""
        <bpmn:startEvent id="S" />
        <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G" />
        <bpmn:exclusiveGateway id="G" name="金额判断" default="Small" />
        <bpmn:sequenceFlow id="Big" sourceRef="G" targetRef="High"><bpmn:conditionExpression>${ amount.value > 100 }</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="Small" sourceRef="G" targetRef="Low" />
        <bpmn:userTask id="High" name="大额" />
        <bpmn:userTask id="Low" name="小额" />
        <bpmn:sequenceFlow id="F2" sourceRef="High" targetRef="E" />
        <bpmn:sequenceFlow id="F3" sourceRef="Low" targetRef="E" />
        <bpmn:endEvent id="E" />
        """);
}
