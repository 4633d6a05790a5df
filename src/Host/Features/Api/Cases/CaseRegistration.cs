using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Domain.Validation;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>
/// 收案登记 as the API and the staff app's intake page both do it: validate and register through
/// <see cref="CaseIntakeService"/>, then start the intake process (<c>Api:IntakeProcess</c>, when deployed) and complete
/// its Intake task, so a case registered in either place is in the same state.
/// </summary>
internal sealed class CaseRegistration(CaseIntakeService intake, CaseWorkflows workflows, CaseQueryService queries, WorkflowEngine engine,
    IConfiguration configuration, TimeProvider clock)
{
    /// <summary>The registered case at its current revision.</summary>
    /// <param name="command">What was received.</param>
    /// <param name="user">Who registers.</param>
    /// <param name="registered">
    /// Runs once the case exists and before its workflow starts: the intake page stores the attachments there, so the
    /// receipt of materials the workflow issues lists them.
    /// </param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <exception cref="CaseException">Invalid, listing every problem; nothing is stored.</exception>
    public async Task<Case> RegisterAsync(RegisterCaseCommand command, ClaimsPrincipal user, Func<Case, Task>? registered = null,
        CancellationToken cancellationToken = default)
    {
        if (command.Application is { ReceivedOn: var received } application && received == default)
        {
            // An absent date reads as 0001-01-01, which the validator would accept as "not in the future".
            var problems = ApplicationValidator.Validate(application, LegalTime.Today(clock)).Prepend(new ValidationProblem("receivedOn", "请填写收到申请日期。"));
            CaseException.ThrowIfAny([.. problems]);
        }

        var @case = await intake.RegisterAsync(command, cancellationToken);
        if (registered is not null) await registered(@case);
        if (configuration["Api:IntakeProcess"] is { Length: > 0 } processId && (await engine.DefinitionsAsync(processId)).Count > 0)
        {
            var instance = await workflows.StartAsync(@case, processId, null, user.ToActor(), cancellationToken);
            await workflows.CompleteIntakeAsync(@case, instance, user.ToActor());
            // The steps after registration (the receipt's number) changed the case: answer with its current revision.
            @case = await queries.GetAsync(@case.Id, cancellationToken);
        }

        return @case;
    }
}
