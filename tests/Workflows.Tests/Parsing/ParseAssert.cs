using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Parsing;

namespace Reconsideration.Workflows.Tests.Parsing;

/// <summary>Parses inline files and asserts on the outcome.</summary>
internal static class ParseAssert
{
    public static ParseResult Parse(string xml, ParseOptions? options = null) => BpmnParser.Parse(xml, options ?? TestOptions.Default);

    /// <summary>Asserts the file is rejected with this rule on this element, and returns the problem.</summary>
    public static DefinitionProblem Rejects(string xml, string rule, string? elementId, ParseOptions? options = null)
    {
        var result = Parse(xml, options);
        Assert.Null(result.Model);
        var problem = result.Problems.FirstOrDefault(p => p.Rule == rule && p.ElementId == elementId);
        Assert.True(problem is not null, $"expected {rule} on {elementId ?? "(file)"}, got:\n{string.Join("\n", result.Problems)}");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.Message);
        return problem;
    }

    /// <summary>Asserts the file is rejected with exactly this one problem.</summary>
    public static DefinitionProblem RejectsOnly(string xml, string rule, string? elementId, ParseOptions? options = null)
    {
        var problem = Rejects(xml, rule, elementId, options);
        var all = Parse(xml, options).Problems;
        Assert.True(all.Count == 1, $"expected only {rule}, got:\n{string.Join("\n", all)}");
        return problem;
    }

    public static BpmnModel Accepts(string xml, ParseOptions? options = null)
    {
        var result = Parse(xml, options);
        Assert.True(result.Problems.Count == 0, "unexpected problems:\n" + string.Join("\n", result.Problems));
        Assert.NotNull(result.Model);
        return result.Model;
    }

    public static T Node<T>(this BpmnModel model, string id, string process = "P") where T : FlowNode =>
        Assert.IsType<T>(model.Process(process)!.Node(id));
}
