using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>committee.refer: puts the case on the reconsideration committee's agenda (Art. 52).</summary>
internal sealed class ReferToCommitteeHandler(WorkflowCaseSteps steps, ReviewService review) : IServiceTaskHandler
{
    public string Name => "committee.refer";

    public void Execute(ServiceTaskContext context)
    {
        if (steps.Case(context).CommitteeReferredOn is not null) return;
        CaseTaskContext.Wait(review.ReferToCommitteeAsync(context.CaseId(), context.Today()));
    }
}
