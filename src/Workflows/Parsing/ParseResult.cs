using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows.Parsing;

/// <summary>The outcome of parsing a BPMN file: a model, or (when anything is wrong) every problem found and no model.</summary>
internal sealed record ParseResult(BpmnModel? Model, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool Succeeded => Model is not null;
}
