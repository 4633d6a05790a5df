using static Reconsideration.Workflows.Tests.Parsing.ParseAssert;

namespace Reconsideration.Workflows.Tests.Parsing;

public class FileLevelTests
{
    private const string Minimal = """
        <bpmn:startEvent id="S" />
        <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="E" />
        <bpmn:endEvent id="E" />
        """;

    [Fact]
    public void Malformed_xml_is_one_problem_with_its_line()
    {
        var xml = "<bpmn:definitions xmlns:bpmn=\"" + Bpmn.BpmnNs + "\">\n  <bpmn:process id=\"P\">\n</bpmn:definitions>";
        var problem = RejectsOnly(xml, "malformed-xml", null);
        Assert.Equal(3, problem.Line);
        Assert.Contains("第3行", problem.Message);
    }

    [Fact]
    public void Empty_text_is_malformed_xml() => RejectsOnly("", "malformed-xml", null);

    [Fact]
    public void A_dtd_is_refused_as_malformed_xml() =>
        RejectsOnly("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>", "malformed-xml", null);

    [Fact]
    public void Another_root_element_is_not_bpmn()
    {
        var problem = RejectsOnly("<html><body /></html>", "not-bpmn", null);
        Assert.Contains("html", problem.Message);
    }

    [Fact]
    public void Definitions_in_another_namespace_is_not_bpmn() =>
        RejectsOnly("<definitions xmlns=\"http://example.org/other\" />", "not-bpmn", null);

    [Fact]
    public void A_file_without_processes_has_no_executable_process() =>
        RejectsOnly(Bpmn.Definitions("""<bpmn:message id="M" name="m" />"""), "no-executable-process", null);

    [Fact]
    public void Non_executable_processes_are_skipped_without_checks()
    {
        var xml = Bpmn.Definitions($"""
            <bpmn:process id="Pool" isExecutable="false"><bpmn:task id="T" /><bpmn:scriptTask id="X" /></bpmn:process>
            <bpmn:process id="P" isExecutable="true">{Minimal}</bpmn:process>
            """);
        var model = Accepts(xml);
        Assert.Equal(["P"], model.Processes.Select(p => p.Id));
    }

    [Fact]
    public void Only_non_executable_processes_means_no_executable_process() =>
        RejectsOnly(Bpmn.Definitions($"""<bpmn:process id="P" isExecutable="false">{Minimal}</bpmn:process>"""),
            "no-executable-process", null);

    [Fact]
    public void A_process_without_isExecutable_is_executable()
    {
        var model = Accepts(Bpmn.Definitions($"""<bpmn:process id="P">{Minimal}</bpmn:process>"""));
        Assert.NotNull(model.Process("P"));
    }

    [Fact]
    public void Duplicate_ids_are_reported_on_the_second_occurrence()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S" />
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="E" />
            <bpmn:endEvent id="E" />
            <bpmn:userTask id="E" />
            """);
        var problem = Rejects(xml, "duplicate-id", "E");
        Assert.Equal(8, problem.Line);
    }

    [Fact]
    public void Ids_are_unique_across_processes_too()
    {
        var xml = Bpmn.Definitions($"""
            <bpmn:process id="A" isExecutable="true">{Minimal}</bpmn:process>
            <bpmn:process id="B" isExecutable="true">{Minimal}</bpmn:process>
            """);
        Rejects(xml, "duplicate-id", "S");
    }

    [Fact]
    public void A_node_without_id_is_reported()
    {
        var xml = Bpmn.Process($"""{Minimal}<bpmn:userTask name="审查" />""");
        Rejects(xml, "missing-id", null);
    }

    [Fact]
    public void Unreferenced_signals_and_collaborations_are_accepted()
    {
        var xml = Bpmn.Definitions($"""
            <bpmn:collaboration id="C"><bpmn:participant id="Pa" processRef="P" /></bpmn:collaboration>
            <bpmn:process id="P" isExecutable="true">{Minimal}</bpmn:process>
            <bpmn:signal id="Sig" name="leftover" />
            <bpmn:escalation id="Esc" name="leftover" />
            <bpmn:category id="Cat" />
            """);
        Accepts(xml);
    }

    [Fact]
    public void An_unknown_root_element_is_unsupported() =>
        Rejects(Bpmn.Definitions($"""<bpmn:process id="P">{Minimal}</bpmn:process><bpmn:userTask id="Stray" />"""),
            "unsupported-element", "Stray");

    [Fact]
    public void Problems_come_in_file_order_with_lines()
    {
        var xml = Bpmn.Process("""
            <bpmn:startEvent id="S" />
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T" />
            <bpmn:userTask id="T" />
            <bpmn:sequenceFlow id="F9" sourceRef="T" />
            """);
        var problems = Parse(xml).Problems;
        Assert.True(problems.Count >= 2);
        Assert.All(problems, p => Assert.NotNull(p.Line));
        Assert.Equal(problems.OrderBy(p => p.Line).Select(p => p.Line), problems.Select(p => p.Line));
    }

    [Fact]
    public void Validate_returns_the_problems_of_parse()
    {
        var xml = Bpmn.Process("<bpmn:startEvent id=\"S\" />");
        Assert.Equal(Parse(xml).Problems, Reconsideration.Workflows.Parsing.BpmnParser.Validate(xml, TestOptions.Default));
        Assert.Empty(Reconsideration.Workflows.Parsing.BpmnParser.Validate(Bpmn.Process(Minimal), TestOptions.Default));
    }
}
