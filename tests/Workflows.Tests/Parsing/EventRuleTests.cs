using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Parsing;
using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

public class EventRuleTests
{
    private const string Message = """<bpmn:message id="M" name="补正材料" />""";

    private static string Catch(string definition) =>
        Bpmn.Around($"<bpmn:intermediateCatchEvent id=\"N\">{definition}</bpmn:intermediateCatchEvent>", Message + """<bpmn:error id="Err" errorCode="E1" />""");

    /// <summary>A user task N with the given boundary event B leading to its own end.</summary>
    private static string Boundary(string attributes, string definition) => Bpmn.Around("<bpmn:userTask id=\"N\" />",
        Message + """<bpmn:error id="Err" name="退回" errorCode="RETURNED" />""", $"""
        <bpmn:boundaryEvent id="B" {attributes}>{definition}</bpmn:boundaryEvent>
        {Bpmn.Flow("F3", "B", "E2")}<bpmn:endEvent id="E2" />
        """);

    [Fact]
    public void A_timer_without_value() =>
        RejectsOnly(Catch("<bpmn:timerEventDefinition />"), "timer-value", "N");

    [Fact]
    public void A_timer_with_two_values() =>
        RejectsOnly(Catch("<bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration><bpmn:timeDate>2026-03-01T00:00:00+08:00</bpmn:timeDate></bpmn:timerEventDefinition>"),
            "timer-value", "N");

    [Fact]
    public void A_timer_with_blank_value() =>
        RejectsOnly(Catch("<bpmn:timerEventDefinition><bpmn:timeDuration>  </bpmn:timeDuration></bpmn:timerEventDefinition>"), "timer-value", "N");

    [Fact]
    public void A_timer_value_the_checker_rejects()
    {
        var problem = RejectsOnly(Catch("<bpmn:timerEventDefinition><bpmn:timeDuration>10 days</bpmn:timeDuration></bpmn:timerEventDefinition>"), "bad-timer", "N");
        Assert.Contains("10 days", problem.Message);
    }

    [Fact]
    public void A_timer_expression_is_checked_as_an_expression_not_as_a_timer()
    {
        var model = Accepts(Catch("<bpmn:timerEventDefinition><bpmn:timeDate>${ dueAt(caseId) }</bpmn:timeDate></bpmn:timerEventDefinition>"));
        Assert.Equal(new TimerDefinition(Reconsideration.Workflows.Timers.TimerKind.Date, "${ dueAt(caseId) }"), model.Node<Event>("N").Definition);
        RejectsOnly(Catch("<bpmn:timerEventDefinition><bpmn:timeDate>${ dueAt(caseId }</bpmn:timeDate></bpmn:timerEventDefinition>"), "bad-expression", "N");
    }

    [Fact]
    public void A_catch_event_without_definition() =>
        RejectsOnly(Catch(""), "missing-event-definition", "N");

    [Fact]
    public void A_message_event_without_message_ref() =>
        RejectsOnly(Catch("<bpmn:messageEventDefinition />"), "unknown-message", "N");

    [Fact]
    public void A_message_event_with_an_undefined_message() =>
        RejectsOnly(Catch("<bpmn:messageEventDefinition messageRef=\"Nope\" />"), "unknown-message", "N");

    [Fact]
    public void A_message_without_name_is_reported_on_the_message()
    {
        var xml = Bpmn.Around("<bpmn:intermediateCatchEvent id=\"N\"><bpmn:messageEventDefinition messageRef=\"M2\" /></bpmn:intermediateCatchEvent>",
            """<bpmn:message id="M2" />""");
        RejectsOnly(xml, "unknown-message", "M2");
    }

    [Fact]
    public void A_bad_correlation_key() =>
        RejectsOnly(Bpmn.Around("<bpmn:intermediateCatchEvent id=\"N\" rc:correlationKey=\"caseNo(\"><bpmn:messageEventDefinition messageRef=\"M\" /></bpmn:intermediateCatchEvent>", Message),
            "bad-expression", "N");

    [Fact]
    public void An_error_end_event_without_error_ref() =>
        RejectsOnly(Bpmn.Process($"""<bpmn:startEvent id="S" />{Bpmn.Flow("F", "S", "E")}<bpmn:endEvent id="E"><bpmn:errorEventDefinition /></bpmn:endEvent>"""),
            "unknown-error", "E");

    [Fact]
    public void An_error_end_event_with_an_undefined_error() =>
        RejectsOnly(Bpmn.Process($"""<bpmn:startEvent id="S" />{Bpmn.Flow("F", "S", "E")}<bpmn:endEvent id="E"><bpmn:errorEventDefinition errorRef="Nope" /></bpmn:endEvent>"""),
            "unknown-error", "E");

    [Fact]
    public void An_error_without_code_is_reported_on_the_error() =>
        RejectsOnly(Bpmn.Process($"""<bpmn:startEvent id="S" />{Bpmn.Flow("F", "S", "E")}<bpmn:endEvent id="E"><bpmn:errorEventDefinition errorRef="Err" /></bpmn:endEvent>""",
            """<bpmn:error id="Err" name="无码" />"""), "unknown-error", "Err");

    [Fact]
    public void An_error_boundary_without_error_ref_catches_everything()
    {
        var model = Accepts(Boundary("attachedToRef=\"N\"", "<bpmn:errorEventDefinition />"));
        Assert.Equal(new ErrorDefinition(null), model.Node<Event>("B").Definition);
    }

    [Fact]
    public void A_non_interrupting_error_boundary() =>
        RejectsOnly(Boundary("attachedToRef=\"N\" cancelActivity=\"false\"", "<bpmn:errorEventDefinition errorRef=\"Err\" />"),
            "error-boundary-interrupting", "B");

    [Fact]
    public void A_boundary_without_attached_to() =>
        Rejects(Boundary("", "<bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>"), "bad-attachment", "B");

    [Fact]
    public void A_boundary_attached_to_an_unknown_node() =>
        Rejects(Boundary("attachedToRef=\"Ghost\"", "<bpmn:messageEventDefinition messageRef=\"M\" />"), "bad-attachment", "B");

    [Fact]
    public void A_boundary_attached_to_an_event() =>
        RejectsOnly(Boundary("attachedToRef=\"S\"", "<bpmn:messageEventDefinition messageRef=\"M\" />"), "bad-attachment", "B");

    [Fact]
    public void A_boundary_attached_to_an_activity_of_another_scope()
    {
        var xml = Bpmn.Around("""
            <bpmn:subProcess id="N">
              <bpmn:startEvent id="SS" />{0}<bpmn:userTask id="Inner" />{1}<bpmn:endEvent id="SE" />
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="B" attachedToRef="Inner"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="E" />
            """.Replace("{0}", Bpmn.Flow("SF1", "SS", "Inner")).Replace("{1}", Bpmn.Flow("SF2", "Inner", "SE")));
        RejectsOnly(xml, "bad-attachment", "B");
    }

    [Fact]
    public void Boundaries_are_listed_on_their_activity()
    {
        var model = Accepts(Boundary("attachedToRef=\"N\" cancelActivity=\"false\"", "<bpmn:timerEventDefinition><bpmn:timeCycle>R3/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>"));
        Assert.Equal(["B"], model.Node<UserTask>("N").BoundaryEvents);
        var boundary = model.Node<Event>("B");
        Assert.Equal(("N", false, EventKind.Boundary), (boundary.AttachedTo, boundary.CancelActivity, boundary.Kind));
    }

    [Fact]
    public void Every_problem_message_is_chinese_and_has_a_line()
    {
        var xml = Boundary("attachedToRef=\"Ghost\" cancelActivity=\"false\"", "<bpmn:errorEventDefinition errorRef=\"Nope\" />");
        var problems = BpmnParser.Validate(xml, TestOptions.Default);
        Assert.True(problems.Count >= 3);
        Assert.All(problems, p => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", p.Message));
        Assert.All(problems, p => Assert.NotNull(p.Line));
    }
}
