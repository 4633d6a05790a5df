using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>cases.forward: records forwarding to the form's competentOrgan.</summary>
internal sealed class ForwardHandler(WorkflowCaseSteps steps) : IServiceTaskHandler
{
    public string Name => "cases.forward";

    public void Execute(ServiceTaskContext context) => steps.Forwarded(context);
}
