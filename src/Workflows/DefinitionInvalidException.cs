using Reconsideration.Workflows.Model;

namespace Reconsideration.Workflows;

/// <summary>Deploying failed: every problem found, each naming its element.</summary>
public sealed class DefinitionInvalidException(IReadOnlyList<DefinitionProblem> problems)
    : WorkflowException(WorkflowErrorKind.Invalid,
        $"流程定义有{problems.Count}处错误，未部署：" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}
