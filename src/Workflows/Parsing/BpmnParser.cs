using System.Xml;
using System.Xml.Linq;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Parsing.Reading;
using Reconsideration.Workflows.Parsing.Rules;

namespace Reconsideration.Workflows.Parsing;

/// <summary>
/// Parses and validates a BPMN 2.0 file into the engine's model. Every problem is reported at once, each with
/// the element id, the rule broken, a Chinese message saying what to do, and the line in the file.
/// </summary>
internal static class BpmnParser
{
    private static readonly IProcessRule[] Rules =
    [
        new FlowEndsRule(), new StartEventRule(), new ConnectionRule(), new ReachabilityRule(),
        new ConditionRule(), new EventGatewayRule(), new BoundaryRule(), new ExtensionAttributeRule(),
    ];

    /// <summary>The model of every executable process in the file, or (Model null) the problems found.</summary>
    public static ParseResult Parse(string xml, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(options);
        var context = new ParseContext(options);
        var root = Load(xml, context);
        if (root is null)
            return Failed(context);
        if (root.Name != BpmnXml.Model + "definitions")
        {
            var prefix = root.GetPrefixOfNamespace(root.Name.Namespace);
            context.Report(root, null, "not-bpmn",
                $"文件的根元素是“{(string.IsNullOrEmpty(prefix) ? root.Name.LocalName : $"{prefix}:{root.Name.LocalName}")}”，不是 BPMN 2.0 的 definitions 元素（命名空间 {BpmnXml.Model.NamespaceName}）。请上传用 BPMN 建模器保存的 .bpmn 文件。");
            return Failed(context);
        }

        DuplicateIdRule.Check(root, context);
        var graphs = DefinitionsReader.Read(context, root).Select(d => new ProcessGraph(d)).ToList();
        if (graphs.Count == 0)
            context.Report(root, null, "no-executable-process",
                "文件中没有可执行的流程：没有流程，或每个流程都标记为不可执行（isExecutable=\"false\"）。请在建模器中把要运行的流程设为可执行。");
        foreach (var graph in graphs)
            foreach (var rule in Rules)
                rule.Check(graph, context);

        if (context.Problems.Any)
            return Failed(context);
        return new ParseResult(new BpmnModel(graphs.Select(ModelBuilder.Build).ToArray()), []);
    }

    /// <summary>Only the problems (empty when the file is fine), for the <c>validate</c> command.</summary>
    public static IReadOnlyList<DefinitionProblem> Validate(string xml, ParseOptions options) => Parse(xml, options).Problems;

    private static ParseResult Failed(ParseContext context) => new(null, context.Problems.InFileOrder());

    private static XElement? Load(string xml, ParseContext context)
    {
        // A BPMN file never needs a DTD, and entity expansion in one is a denial-of-service risk.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root;
        }
        catch (XmlException e)
        {
            var where = e.LineNumber > 0 ? $"第{e.LineNumber}行第{e.LinePosition}列附近" : "开头";
            context.Problems.Add(new DefinitionProblem(null, "malformed-xml",
                $"文件不是格式正确的 XML，{where}有错误（标签未闭合、字符未转义或内容被截断）。请在建模器中重新保存，或修正该处。",
                e.LineNumber > 0 ? e.LineNumber : null));
            return null;
        }
    }
}
