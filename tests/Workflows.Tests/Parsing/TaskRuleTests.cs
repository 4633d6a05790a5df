using Reconsideration.Workflows.Model;
using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

public class TaskRuleTests
{
    [Fact]
    public void A_service_task_without_handler() =>
        RejectsOnly(Bpmn.Around("<bpmn:serviceTask id=\"N\" />"), "missing-handler", "N");

    [Theory]
    [InlineData("class=\"org.example.Send\"", "camunda:class")]
    [InlineData("delegateExpression=\"${sender}\"", "camunda:delegateExpression")]
    [InlineData("type=\"external\" camunda:topic=\"send\"", "camunda:type")]
    public void A_camunda_implementation_is_told_to_use_rc_handler(string attributes, string named)
    {
        var problem = RejectsOnly(Bpmn.Around($"<bpmn:sendTask id=\"N\" camunda:{attributes} />"), "missing-handler", "N");
        Assert.Contains(named, problem.Message);
        Assert.Contains("rc:handler", problem.Message);
    }

    [Fact]
    public void A_parameter_without_name_or_twice() =>
        Assert.Equal(2, Parse(Bpmn.Around("""
            <bpmn:serviceTask id="N" rc:handler="notify"><bpmn:extensionElements>
              <rc:parameter>x</rc:parameter><rc:parameter name="a">1</rc:parameter><rc:parameter name="a">2</rc:parameter>
            </bpmn:extensionElements></bpmn:serviceTask>
            """)).Problems.Count(p => p.Rule == "bad-parameter" && p.ElementId == "N"));

    [Fact]
    public void A_parameter_on_a_user_task_is_unsupported() =>
        RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N"><bpmn:extensionElements><rc:parameter name="a">1</rc:parameter></bpmn:extensionElements></bpmn:userTask>"""),
            "unsupported-element", "N");

    [Fact]
    public void A_call_activity_without_called_element() =>
        RejectsOnly(Bpmn.Around("<bpmn:callActivity id=\"N\" />"), "unknown-called-process", "N");

    [Fact]
    public void A_call_activity_to_an_unknown_process() =>
        RejectsOnly(Bpmn.Around("<bpmn:callActivity id=\"N\" calledElement=\"hearing\" />"), "unknown-called-process", "N");

    [Fact]
    public void A_call_activity_to_a_deployed_process_is_accepted()
    {
        var options = TestOptions.Default with { IsKnownProcess = id => id == "hearing" };
        var model = Accepts(Bpmn.Around("<bpmn:callActivity id=\"N\" calledElement=\"hearing\" />"), options);
        Assert.Equal("hearing", model.Node<CallActivity>("N").CalledElement);
    }

    [Fact]
    public void A_call_activity_to_a_non_executable_process_in_the_file()
    {
        var problem = RejectsOnly(Bpmn.Around("<bpmn:callActivity id=\"N\" calledElement=\"Pool\" />",
            """<bpmn:process id="Pool" isExecutable="false" />"""), "unknown-called-process", "N");
        Assert.Contains("isExecutable", problem.Message);
    }

    [Fact]
    public void An_assignee_expression_is_checked_but_a_literal_is_not()
    {
        Accepts(Bpmn.Around("""<bpmn:userTask id="N" rc:assignee="zhang(san" />"""));
        RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N" rc:assignee="${ initiator( }" />"""), "bad-expression", "N");
    }

    [Fact]
    public void A_due_date_is_checked_as_a_period_or_an_expression()
    {
        Accepts(Bpmn.Around("""<bpmn:userTask id="N" rc:dueDate="P5WD" />"""));
        Accepts(Bpmn.Around("""<bpmn:userTask id="N" rc:dueDate="${ deadline }" />"""));
        RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N" rc:dueDate="五个工作日" />"""), "bad-due-date", "N");
        RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N" rc:dueDate="${ deadline( }" />"""), "bad-expression", "N");
    }

    [Fact]
    public void A_due_date_may_carry_the_name_it_was_picked_under_which_the_engine_does_not_read()
    {
        var model = Accepts(Bpmn.Around("""<bpmn:userTask id="N" rc:dueDate="P10WD" rc:dueLegalPeriod="答复期限" />"""));
        Assert.Equal("P10WD", model.Node<UserTask>("N").DueDate);
        RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N" rc:dueDate="答复期限" rc:dueLegalPeriod="答复期限" />"""), "bad-due-date", "N");
    }

    [Fact]
    public void A_priority_is_an_integer_or_an_expression()
    {
        Accepts(Bpmn.Around("""<bpmn:userTask id="N" rc:priority="80" />"""));
        RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N" rc:priority="高" />"""), "bad-priority", "N");
        RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N" rc:priority="${ (urgent ? 90 : 50 }" />"""), "bad-expression", "N");
    }

    [Fact]
    public void A_receive_task_needs_a_known_message()
    {
        RejectsOnly(Bpmn.Around("""<bpmn:receiveTask id="N" />"""), "unknown-message", "N");
        RejectsOnly(Bpmn.Around("""<bpmn:receiveTask id="N" messageRef="Nope" />"""), "unknown-message", "N");
    }

    [Fact]
    public void Camunda_attributes_are_accepted()
    {
        var model = Accepts(Bpmn.Around("""
            <bpmn:userTask id="N" camunda:candidateGroups="承办人, 法制审核员" camunda:candidateUsers="zhang,li"
                camunda:assignee="${ initiator }" camunda:formKey="review-form" camunda:dueDate="P10CD" camunda:priority="60" />
            """));
        var task = model.Node<UserTask>("N");
        Assert.Equal(["承办人", "法制审核员"], task.CandidateRoles);
        Assert.Equal(["zhang", "li"], task.CandidateUsers);
        Assert.Equal(("${ initiator }", "review-form", "P10CD", "60"), (task.Assignee, task.FormKey, task.DueDate, task.Priority));
    }

    [Fact]
    public void Rc_attributes_win_over_camunda_ones()
    {
        var model = Accepts(Bpmn.Around("""<bpmn:userTask id="N" rc:candidateRoles="负责人" camunda:candidateGroups="别的" rc:formKey="a" camunda:formKey="b" />"""));
        var task = model.Node<UserTask>("N");
        Assert.Equal(["负责人"], task.CandidateRoles);
        Assert.Equal("a", task.FormKey);
    }

    [Fact]
    public void Unknown_camunda_attributes_without_behaviour_are_ignored() =>
        Accepts(Bpmn.Definitions($"""
            <bpmn:process id="P" isExecutable="true" camunda:historyTimeToLive="180">
              <bpmn:startEvent id="S" camunda:asyncBefore="true" />{Bpmn.Flow("F", "S", "E")}<bpmn:endEvent id="E" />
            </bpmn:process>
            """));
}
