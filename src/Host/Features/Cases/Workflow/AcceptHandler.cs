using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// cases.accept (deemed): 受理 under the form's procedure, or — when the review period's timer fired — 视为受理 on the
/// period's last day (Art. 30 ¶3, ordinary procedure). Sets procedure to what the domain recorded.
/// </summary>
internal sealed class AcceptHandler(WorkflowCaseSteps steps, AcceptanceService acceptance) : IServiceTaskHandler
{
    public string Name => "cases.accept";

    public void Execute(ServiceTaskContext context)
    {
        var @case = steps.Case(context);
        if (@case.Acceptance is null)
        {
            @case = context.Parameter("deemed") == "true"
                ? CaseTaskContext.Wait(acceptance.DeemAcceptedAsync(@case.Id))
                : CaseTaskContext.Wait(acceptance.AcceptAsync(@case.Id, context.Today(),
                    context.Text("procedure") == "simplified" ? Procedure.Simplified : Procedure.Ordinary, context.Text("procedureReason")));
        }

        context.Set("procedure", @case.Procedure == Procedure.Simplified ? "simplified" : "ordinary");
        context.Set("acceptedOn", @case.Acceptance!.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
