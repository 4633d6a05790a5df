using Reconsideration.Workflows.Model;
using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

public class MultiInstanceTests
{
    private static string Task(string multiInstance, string task = "userTask")
    {
        var handler = task == "serviceTask" ? " rc:handler=\"h\"" : "";
        return Bpmn.Around($"<bpmn:{task} id=\"N\"{handler}>{multiInstance}</bpmn:{task}>");
    }

    [Fact]
    public void A_parallel_multi_instance_over_a_collection()
    {
        var model = Accepts(Task("""<bpmn:multiInstanceLoopCharacteristics rc:collection="${ members }" rc:elementVariable="member" />"""));
        Assert.Equal(new MultiInstance { Collection = "${ members }", ElementVariable = "member" }, model.Node<UserTask>("N").MultiInstance);
    }

    [Fact]
    public void A_sequential_multi_instance_by_count_with_completion_condition()
    {
        var model = Accepts(Task("""
            <bpmn:multiInstanceLoopCharacteristics isSequential="true">
              <bpmn:loopCardinality>3</bpmn:loopCardinality>
              <bpmn:completionCondition>${ nrOfCompletedInstances &gt;= 2 }</bpmn:completionCondition>
            </bpmn:multiInstanceLoopCharacteristics>
            """, "serviceTask"));
        var expected = new MultiInstance { IsSequential = true, LoopCardinality = "3", CompletionCondition = "${ nrOfCompletedInstances >= 2 }" };
        Assert.Equal(expected, model.Node<ServiceTask>("N").MultiInstance);
    }

    [Fact]
    public void Camunda_collection_attributes_are_accepted()
    {
        var model = Accepts(Task("""<bpmn:multiInstanceLoopCharacteristics camunda:collection="reviewers" camunda:elementVariable="reviewer" />"""));
        var multiInstance = model.Node<UserTask>("N").MultiInstance!;
        Assert.Equal(("reviewers", "reviewer", false), (multiInstance.Collection, multiInstance.ElementVariable, multiInstance.IsSequential));
    }

    [Fact]
    public void A_multi_instance_sub_process()
    {
        var model = Accepts(Bpmn.Around("""
            <bpmn:subProcess id="N">
              <bpmn:multiInstanceLoopCharacteristics rc:collection="cases" rc:elementVariable="c" />
              <bpmn:startEvent id="SS" /><bpmn:sequenceFlow id="SF" sourceRef="SS" targetRef="SE" /><bpmn:endEvent id="SE" />
            </bpmn:subProcess>
            """));
        Assert.Equal("cases", model.Node<SubProcess>("N").MultiInstance!.Collection);
    }

    [Fact]
    public void Neither_count_nor_collection() =>
        RejectsOnly(Task("<bpmn:multiInstanceLoopCharacteristics />"), "multi-instance-source", "N");

    [Fact]
    public void Both_count_and_collection() =>
        RejectsOnly(Task("""<bpmn:multiInstanceLoopCharacteristics rc:collection="xs"><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>"""),
            "multi-instance-source", "N");

    [Fact]
    public void An_element_variable_without_collection() =>
        RejectsOnly(Task("""<bpmn:multiInstanceLoopCharacteristics rc:elementVariable="x"><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>"""),
            "multi-instance-source", "N");

    [Theory]
    [InlineData("""<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>count(</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>""")]
    [InlineData("""<bpmn:multiInstanceLoopCharacteristics rc:collection="${ list( }" />""")]
    [InlineData("""<bpmn:multiInstanceLoopCharacteristics rc:collection="xs"><bpmn:completionCondition>done)</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>""")]
    public void Multi_instance_expressions_are_checked(string multiInstance) =>
        RejectsOnly(Task(multiInstance), "bad-expression", "N");

    [Fact]
    public void Bpmn_data_inputs_are_unsupported() =>
        RejectsOnly(Task("""<bpmn:multiInstanceLoopCharacteristics rc:collection="xs"><bpmn:inputDataItem id="Item" /></bpmn:multiInstanceLoopCharacteristics>"""),
            "unsupported-element", "N");
}
