using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>cases.recordNoReply: records that the respondent did not reply in time (Art. 70) for the draft decision.</summary>
internal sealed class RecordNoReplyHandler(WorkflowCaseSteps steps, ReviewService review) : IServiceTaskHandler
{
    public string Name => "cases.recordNoReply";

    public void Execute(ServiceTaskContext context)
    {
        if (steps.Case(context).ReplyRequest is { NoReplyRecordedOn: not null }) return;
        CaseTaskContext.Wait(review.RecordNoReplyAsync(context.CaseId(), context.Today()));
    }
}
