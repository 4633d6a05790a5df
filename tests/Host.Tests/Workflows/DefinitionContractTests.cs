using System.Text.RegularExpressions;
using System.Xml.Linq;
using Reconsideration.Host.Cli;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Workflows;

/// <summary>
/// The shipped file keeps to the contract of docs/workflows.md: it deploys, every element a person sees has a
/// Chinese name, tasks use the documented roles and forms, service tasks the documented handlers and real document
/// types, and the diagram draws every element (the designer opens the file as it is).
/// </summary>
public partial class DefinitionContractTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Rc = "urn:reconsideration:bpmn:1.0";

    public static readonly string[] RoleKeys = ["clerk", "handler", "reviewer", "bureau-head", "district-leader"];
    public static readonly string[] FormKeys =
    [
        "intake", "acceptance-review", "service-record", "copy-to-respondent", "reply-record", "opinion-record",
        "hearing-arrangement", "hearing-record", "committee-opinion", "review-conclusion", "mediation-record",
        "withdrawal-review", "termination-review", "approval", "decision-draft", "performance-check",
    ];
    public static readonly string[] MessageNames = ["补正材料已提交", "补正期限延长", "中止审理", "恢复审理", "终止审理", "申请撤回", "申请延期审理"];

    private static readonly XDocument File = XDocument.Load(CaseDriver.DefinitionFile);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public void The_file_validates_and_holds_the_six_processes()
    {
        var engine = new WorkflowEngine(WorkflowStorage.InMemory(), TimeProvider.System);
        Assert.Empty(engine.Validate(System.IO.File.ReadAllText(CaseDriver.DefinitionFile)));
        Assert.Equal(["Reconsideration", "SimplifiedReview", "OrdinaryReview", "Suspension", "DocumentSigning", "Service"],
            File.Root!.Elements(Bpmn + "process").Select(p => (string)p.Attribute("id")!));
    }

    [Fact]
    public void User_tasks_name_a_documented_role_and_form_in_Chinese()
    {
        var tasks = File.Descendants(Bpmn + "userTask").ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t =>
        {
            Assert.Matches(Chinese(), (string?)t.Attribute("name") ?? "");
            Assert.Contains((string?)t.Attribute(Rc + "candidateRoles"), RoleKeys);
            Assert.Contains((string?)t.Attribute(Rc + "formKey"), FormKeys);
        });
        Assert.Equal(FormKeys.Order(), tasks.Select(t => (string)t.Attribute(Rc + "formKey")!).Distinct().Order());
    }

    [Fact]
    public async Task Service_tasks_use_documented_handlers_and_issue_only_document_types_that_exist()
    {
        var list = new StringWriter();
        Assert.Equal(0, await CliVerbs.RunAsync(["render", "--list"], list, TextWriter.Null));
        var types = list.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToHashSet();

        var tasks = File.Descendants(Bpmn + "serviceTask").ToList();
        Assert.All(tasks, t =>
        {
            Assert.Matches(Chinese(), (string?)t.Attribute("name") ?? "");
            var handler = (string)t.Attribute(Rc + "handler")!;
            Assert.Contains(handler, RecordingHandler.Names);
            if (handler == "documents.issue") Assert.Contains(Parameter(t, "type") ?? "", types);
        });
        Assert.Equal(RecordingHandler.Names.Order(), tasks.Select(t => (string)t.Attribute(Rc + "handler")!).Distinct().Order());
    }

    [Fact]
    public void Messages_are_the_documented_ones_and_every_catch_correlates_on_the_case_number()
    {
        Assert.Equal(MessageNames.Order(), File.Root!.Elements(Bpmn + "message").Select(m => (string)m.Attribute("name")!).Order());
        Assert.All(File.Descendants(Bpmn + "messageEventDefinition"), m => Assert.Equal("caseNo", (string?)m.Attribute(Rc + "correlationKey")));
    }

    [Fact]
    public void The_diagram_draws_every_node_and_flow()
    {
        var drawn = File.Descendants(BpmnDi + "BPMNShape").Concat(File.Descendants(BpmnDi + "BPMNEdge"))
            .Select(s => (string)s.Attribute("bpmnElement")!).ToHashSet();
        var elements = File.Root!.Elements(Bpmn + "process").SelectMany(p => p.Descendants())
            .Where(e => e.Attribute("id") is not null && e.Parent!.Name != Bpmn + "extensionElements"
                        && !e.Name.LocalName.EndsWith("EventDefinition") && e.Name.LocalName != "multiInstanceLoopCharacteristics")
            .Select(e => (string)e.Attribute("id")!);
        Assert.All(elements, id => Assert.Contains(id, drawn));
    }

    private static string? Parameter(XElement task, string name) =>
        task.Descendants(Rc + "parameter").FirstOrDefault(p => (string?)p.Attribute("name") == name)?.Value;
}
