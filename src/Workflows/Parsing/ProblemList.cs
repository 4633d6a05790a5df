using System.Xml.Linq;
using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing;

/// <summary>Collects every problem found (never stopping at the first), without exact repeats.</summary>
internal sealed class ProblemList
{
    private readonly List<DefinitionProblem> items = [];
    private readonly HashSet<DefinitionProblem> seen = [];

    public bool Any => items.Count > 0;

    public void Add(XObject? at, string? elementId, string rule, string message) =>
        Add(new DefinitionProblem(elementId, rule, message, BpmnXml.Line(at)));

    public void Add(DefinitionProblem problem)
    {
        if (seen.Add(problem)) items.Add(problem);
    }

    /// <summary>The problems in file order (file-level ones first), so a reader can walk the file top to bottom.</summary>
    public IReadOnlyList<DefinitionProblem> InFileOrder() => items.OrderBy(p => p.Line ?? 0).ToArray();
}
