using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// cases.extend: the one extension of the decision period (Art. 62), usually already recorded by the extension notice
/// before it; sets extended so that a second request ends at 不得再次延期.
/// </summary>
internal sealed class ExtendHandler(WorkflowCaseSteps steps) : IServiceTaskHandler
{
    public string Name => "cases.extend";

    public void Execute(ServiceTaskContext context)
    {
        steps.Extension(context);
        context.Set("extended", true);
    }
}
