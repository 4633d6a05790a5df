using Reconsideration.Workflows.Model;
using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

public class GatewayRuleTests
{
    /// <summary>start → gateway G (with the given attributes) → A / B → end, the split flows given by the caller.</summary>
    private static string Split(string gateway, string toA, string toB, string roots = "") => Bpmn.Process($"""
        <bpmn:startEvent id="S" />{Bpmn.Flow("F0", "S", "G")}
        {gateway}
        {toA}{toB}
        <bpmn:userTask id="A" />{Bpmn.Flow("FA", "A", "E")}
        <bpmn:userTask id="B" />{Bpmn.Flow("FB", "B", "E")}
        <bpmn:endEvent id="E" />
        """, roots);

    [Fact]
    public void An_exclusive_split_with_conditions_and_a_default_is_accepted()
    {
        var model = Accepts(Split("""<bpmn:exclusiveGateway id="G" default="GB" />""",
            Bpmn.Flow("GA", "G", "A", "${ decision == 'accept' }"), Bpmn.Flow("GB", "G", "B")));
        Assert.Equal("GB", model.Node<Gateway>("G").Default);
        Assert.Equal("${ decision == 'accept' }", model.Process("P")!.Flow("GA").Condition);
    }

    [Theory]
    [InlineData("exclusiveGateway")]
    [InlineData("inclusiveGateway")]
    public void A_flow_without_condition_out_of_a_choice(string kind) =>
        RejectsOnly(Split($"<bpmn:{kind} id=\"G\" />", Bpmn.Flow("GA", "G", "A", "x > 1"), Bpmn.Flow("GB", "G", "B")),
            "missing-condition", "GB");

    [Fact]
    public void A_default_that_is_not_an_outgoing_flow() =>
        Rejects(Split("""<bpmn:exclusiveGateway id="G" default="FA" />""", Bpmn.Flow("GA", "G", "A", "x"), Bpmn.Flow("GB", "G", "B", "!x")),
            "bad-default", "G");

    [Fact]
    public void A_default_with_a_condition() =>
        RejectsOnly(Split("""<bpmn:inclusiveGateway id="G" default="GB" />""", Bpmn.Flow("GA", "G", "A", "x"), Bpmn.Flow("GB", "G", "B", "!x")),
            "bad-default", "G");

    [Fact]
    public void A_default_on_a_task() =>
        RejectsOnly(Bpmn.Around("""<bpmn:userTask id="N" default="F2" />"""), "bad-default", "N");

    [Fact]
    public void A_condition_out_of_a_parallel_gateway() =>
        RejectsOnly(Split("""<bpmn:parallelGateway id="G" />""", Bpmn.Flow("GA", "G", "A", "x"), Bpmn.Flow("GB", "G", "B")),
            "condition-not-allowed", "GA");

    [Fact]
    public void A_condition_out_of_a_task() =>
        RejectsOnly(Bpmn.Process($"""
            <bpmn:startEvent id="S" />{Bpmn.Flow("F0", "S", "T")}<bpmn:userTask id="T" />
            {Bpmn.Flow("F1", "T", "E", "x > 1")}<bpmn:endEvent id="E" />
            """), "condition-not-allowed", "F1");

    [Fact]
    public void A_condition_in_another_language()
    {
        var xml = Split("""<bpmn:exclusiveGateway id="G" default="GB" />""",
            """<bpmn:sequenceFlow id="GA" sourceRef="G" targetRef="A"><bpmn:conditionExpression language="groovy">x</bpmn:conditionExpression></bpmn:sequenceFlow>""",
            Bpmn.Flow("GB", "G", "B"));
        RejectsOnly(xml, "expression-language", "GA");
    }

    [Fact]
    public void A_javascript_condition_with_language_attribute_is_accepted() =>
        Accepts(Split("""<bpmn:exclusiveGateway id="G" default="GB" />""",
            """<bpmn:sequenceFlow id="GA" sourceRef="G" targetRef="A"><bpmn:conditionExpression xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression" language="javascript">x &amp;&amp; y</bpmn:conditionExpression></bpmn:sequenceFlow>""",
            Bpmn.Flow("GB", "G", "B")));

    [Fact]
    public void A_condition_the_expression_checker_rejects()
    {
        var problem = RejectsOnly(Split("""<bpmn:exclusiveGateway id="G" default="GB" />""", Bpmn.Flow("GA", "G", "A", "${ (x > 1 }"), Bpmn.Flow("GB", "G", "B")),
            "bad-expression", "GA");
        Assert.Contains("括号不配对", problem.Message);
        Assert.DoesNotContain("。。", problem.Message);
    }

    private static string EventSplit(string first, string second, string more = "") => Bpmn.Process($"""
        <bpmn:startEvent id="S" />{Bpmn.Flow("F0", "S", "G")}
        <bpmn:eventBasedGateway id="G" />
        {Bpmn.Flow("GA", "G", "A")}{first}{Bpmn.Flow("FA", "A", "E")}
        {Bpmn.Flow("GB", "G", "B")}{second}{Bpmn.Flow("FB", "B", "E")}
        <bpmn:endEvent id="E" />
        {more}
        """, """<bpmn:message id="M" name="补正材料" />""");

    private const string TimerCatch = """<bpmn:intermediateCatchEvent id="A"><bpmn:timerEventDefinition><bpmn:timeDuration>P10D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""";

    [Fact]
    public void An_event_gateway_to_a_timer_and_a_receive_task_is_accepted()
    {
        var model = Accepts(EventSplit(TimerCatch, """<bpmn:receiveTask id="B" messageRef="M" />"""));
        Assert.Equal(GatewayKind.EventBased, model.Node<Gateway>("G").Kind);
    }

    [Fact]
    public void An_event_gateway_to_a_user_task() =>
        RejectsOnly(EventSplit(TimerCatch, """<bpmn:userTask id="B" />"""), "event-gateway-target", "B");

    [Fact]
    public void An_event_gateway_target_with_a_second_incoming_flow() =>
        RejectsOnly(EventSplit(TimerCatch, """<bpmn:receiveTask id="B" messageRef="M" />""", Bpmn.Flow("Extra", "S", "B")),
            "event-gateway-target", "B");

    [Fact]
    public void An_event_gateway_with_one_outgoing_flow() =>
        Rejects(Bpmn.Process($"""
            <bpmn:startEvent id="S" />{Bpmn.Flow("F0", "S", "G")}<bpmn:eventBasedGateway id="G" />
            {Bpmn.Flow("GA", "G", "A")}{TimerCatch}{Bpmn.Flow("FA", "A", "E")}<bpmn:endEvent id="E" />
            """), "event-gateway-target", "G");

    [Fact]
    public void A_condition_out_of_an_event_gateway()
    {
        var xml = EventSplit(TimerCatch, """<bpmn:receiveTask id="B" messageRef="M" />""").Replace(
            Bpmn.Flow("GB", "G", "B"), Bpmn.Flow("GB", "G", "B", "x"));
        RejectsOnly(xml, "event-gateway-target", "GB");
    }
}
