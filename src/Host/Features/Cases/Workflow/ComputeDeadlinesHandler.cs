using System.Globalization;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// deadlines.compute (kind, procedure). kind=decision: the procedure in force is recorded (an ordinary review after a
/// simplified one is the conversion of Art. 55) and the decision deadline is set as decisionDeadline. kind=lawsuit:
/// the last day of the latest applicant's lawsuit window as lawsuitDeadline. The domain computes deadlines on every
/// call (suspension and extension move them); the variables are what the task list shows.
/// </summary>
internal sealed class ComputeDeadlinesHandler(WorkflowCaseSteps steps, ReviewService review, DeadlineCalculator deadlines) : IServiceTaskHandler
{
    public string Name => "deadlines.compute";

    public void Execute(ServiceTaskContext context)
    {
        switch (context.Parameter("kind"))
        {
            case "decision": Decision(context); break;
            case "lawsuit": Lawsuit(context); break;
            case var other: throw new WorkflowBindingException($"未知的期限种类“{other}”；可用 decision（审理期限）或 lawsuit（起诉期限）。");
        }
    }

    private void Decision(ServiceTaskContext context)
    {
        var @case = steps.Case(context);
        var procedure = context.Parameter("procedure");
        if (procedure == "ordinary" && @case.Procedure == Procedure.Simplified)
        {
            var reason = context.Text("conversionReason") ?? context.Text("approvalComment")
                ?? throw context.Missing("conversionReason", "转为普通程序的理由");
            @case = CaseTaskContext.Wait(review.ConvertToOrdinaryAsync(@case.Id, context.Today(), reason));
        }
        else if (procedure == "simplified" && @case.Procedure != Procedure.Simplified)
        {
            throw new WorkflowBindingException($"案件{@case.Number}按普通程序受理，不能按简易程序审理；请核对受理审查表单的 procedure。");
        }

        if (deadlines.DecisionLastDay(@case) is { } last) context.Set("decisionDeadline", Iso(last));
    }

    private void Lawsuit(ServiceTaskContext context)
    {
        var @case = steps.Case(context);
        // A mediation agreement is signed by the parties and opens no lawsuit window (docs/workflows.md): nothing to set.
        if (@case.Decision is { Type: DecisionType.MediationAgreement }) return;
        var windows = deadlines.Compute(@case, context.Today()).Where(d => d.Kind == DeadlineKind.LawsuitWindow && d.Due is not null).ToList();
        if (windows.Count == 0)
            throw new WorkflowBindingException($"案件{@case.Number}尚未登记向申请人送达决定文书，起诉期限未起算；请先登记送达后重试。");
        context.Set("lawsuitDeadline", Iso(windows.Max(w => w.Due!.Value)));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
