using Reconsideration.Workflows;
using Reconsideration.Workflows.Model;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>What publishing did: the versions deployed, or the problems that stopped it (nothing deployed then).</summary>
public sealed record PublishResult(IReadOnlyList<DeployedDefinition> Deployed, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
