using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// cases.setStatus (status): the case's status follows the workflow through the domain step that leads to it — the
/// domain has no "set status", because every status is the result of a step with its own checks (docs/cases.md).
/// </summary>
internal sealed class SetStatusHandler(WorkflowCaseSteps steps) : IServiceTaskHandler
{
    public string Name => "cases.setStatus";

    public void Execute(ServiceTaskContext context)
    {
        switch (context.Parameter("status"))
        {
            case "awaiting-correction": steps.Correction(context); break;
            case "deemed-abandoned": steps.Abandoned(context); break;
            case "refused": steps.Refusal(context); break;
            case "suspended": steps.Suspended(context); break;
            case "in-review": steps.Resumed(context); break;
            case "closed": steps.Closed(context); break;
            case "served":
                // Served is what service records on every applicant and the respondent make it (Art. 75): only checked.
                if (steps.Case(context) is { Status: not (CaseStatus.Served or CaseStatus.Closed) } @case)
                    throw new WorkflowBindingException(
                        $"案件{@case.Number}的{(@case.Decision is null ? "决定" : "决定文书")}尚未登记送达每一位申请人和被申请人，不能视为已送达；请核对送达记录后重试。");
                break;
            case var other:
                throw new WorkflowBindingException($"未知的案件状态“{other}”；可用的状态见流程说明（awaiting-correction、deemed-abandoned、refused、suspended、in-review、served、closed）。");
        }
    }
}
