using Reconsideration.Host.Features.Designer.Diagrams;
using Reconsideration.Host.Features.Designer.Services;

namespace Reconsideration.Host.Tests.Features.Designer;

/// <summary>The comparison of two versions, element by element, matched by id.</summary>
public sealed class VersionDiffTests
{
    private const string Before = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d" targetNamespace="t">
          <bpmn:process id="Expedited" name="快速审理" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review"/>
            <bpmn:userTask id="review" name="审查" rc:candidateRoles="handler" rc:dueDate="P5WD"/>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="gate"/>
            <bpmn:exclusiveGateway id="gate" default="f4"/>
            <bpmn:sequenceFlow id="f3" sourceRef="gate" targetRef="notify"><bpmn:conditionExpression>${ accepted }</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f4" sourceRef="gate" targetRef="e"/>
            <bpmn:serviceTask id="notify" name="通知" rc:handler="notify.applicant">
              <bpmn:extensionElements><rc:parameter name="template">受理通知书</rc:parameter></bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="f5" sourceRef="notify" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
          <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="Expedited">
            <bpmndi:BPMNShape id="s_di" bpmnElement="s"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [Fact]
    public void The_same_file_has_no_changes_and_moving_a_shape_is_none()
    {
        Assert.Empty(VersionDiff.Compare(Before, Before));
        Assert.Empty(VersionDiff.Compare(Before, Before.Replace("""x="100" y="100" """, """x="300" y="180" """)));
    }

    [Fact]
    public void Added_removed_and_changed_elements_are_found_by_id_with_what_changed_in_Chinese()
    {
        var after = Before
            .Replace("""name="审查" rc:candidateRoles="handler" rc:dueDate="P5WD"/>""", """name="审查申请" rc:candidateRoles="handler,reviewer" rc:dueDate="P10CD"/>""")
            .Replace("${ accepted }", "${ accepted &amp;&amp; !withdrawn }")
            .Replace("""<bpmn:sequenceFlow id="f5" sourceRef="notify" targetRef="e"/>""",
                """<bpmn:sequenceFlow id="f5" sourceRef="notify" targetRef="wait"/><bpmn:intermediateCatchEvent id="wait" name="等待五日"><bpmn:timerEventDefinition><bpmn:timeDuration>P5WD</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:sequenceFlow id="f6" sourceRef="wait" targetRef="e"/>""")
            .Replace("受理通知书", "不予受理决定书")
            .Replace("""<bpmn:startEvent id="s"/>""", """<bpmn:startEvent id="start"/>""")
            .Replace("""sourceRef="s" """, """sourceRef="start" """);

        var changes = VersionDiff.Compare(Before, after).ToDictionary(c => c.ElementId);

        Assert.Equal(ChangeKind.Removed, changes["s"].Kind);
        Assert.Equal("开始事件", changes["s"].Label);
        Assert.Equal((ChangeKind.Added, "等待五日", "中间捕获事件"), (changes["wait"].Kind, changes["wait"].Label, changes["wait"].Type));
        Assert.Equal(ChangeKind.Added, changes["start"].Kind);
        Assert.Equal(ChangeKind.Added, changes["f6"].Kind);
        Assert.Equal(["候选角色：“handler” → “handler,reviewer”", "办理期限：“P5WD” → “P10CD”", "名称：“审查” → “审查申请”"], changes["review"].Details);
        Assert.Equal(("审查申请", "修改", "rc-changed"), (changes["review"].Label, changes["review"].KindName, changes["review"].Marker));
        Assert.Equal(["条件：“${ accepted }” → “${ accepted && !withdrawn }”"], changes["f3"].Details);
        Assert.Equal(["终点：“e” → “wait”"], changes["f5"].Details);
        Assert.Equal(["起点：“s” → “start”"], changes["f1"].Details);
        Assert.Equal(["处理程序参数：“template＝受理通知书” → “template＝不予受理决定书”"], changes["notify"].Details);
        Assert.Equal(["f1", "f3", "f5", "f6", "notify", "review", "s", "start", "wait"], changes.Keys.Order(StringComparer.Ordinal));
        // Removed first, then changed, then added.
        Assert.Equal([ChangeKind.Removed, ChangeKind.Changed, ChangeKind.Changed, ChangeKind.Changed, ChangeKind.Changed, ChangeKind.Changed,
            ChangeKind.Added, ChangeKind.Added, ChangeKind.Added], VersionDiff.Compare(Before, after).Select(c => c.Kind));
    }

    [Fact]
    public void A_type_change_and_an_event_definition_change_are_named()
    {
        var before = Before.Replace("""<bpmn:endEvent id="e"/>""", """<bpmn:endEvent id="e"/><bpmn:intermediateCatchEvent id="w"><bpmn:timerEventDefinition><bpmn:timeDuration>P5WD</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""");
        var after = before
            .Replace("""<bpmn:userTask id="review" name="审查" rc:candidateRoles="handler" rc:dueDate="P5WD"/>""", """<bpmn:serviceTask id="review" name="审查" rc:handler="auto.review"/>""")
            .Replace("<bpmn:timeDuration>P5WD</bpmn:timeDuration>", "<bpmn:timeDuration>P10CD</bpmn:timeDuration>");

        var changes = VersionDiff.Compare(before, after).ToDictionary(c => c.ElementId);

        // The type first, then the properties in a fixed order.
        Assert.Equal(["类型：用户任务 → 服务任务", "候选角色：删除“handler”", "办理期限：删除“P5WD”", "处理程序：新增“auto.review”"], changes["review"].Details);
        Assert.Equal(["事件定义：“定时（期间 P5WD）” → “定时（期间 P10CD）”"], changes["w"].Details);
    }

    [Fact]
    public void A_file_that_is_not_BPMN_is_refused_in_Chinese()
    {
        var e = Assert.Throws<DesignerInputException>(() => VersionDiff.Compare(Before, "<html/>"));
        Assert.Contains("BPMN", e.Message);
    }
}
