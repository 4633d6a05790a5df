using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>
/// Starts processes for a case. A process instance belongs to a case by its business key, the case number, and by a
/// link row (so a task of a called sub-process, whose tree root is linked, finds its case too); the variables caseId,
/// caseNumber and caseNo (the name docs/workflows.md gives the shipped processes) are set for handlers and forms.
/// </summary>
internal sealed class CaseWorkflows(WorkflowEngine engine, CaseLinks links)
{
    public async Task<ProcessInstanceInfo> StartAsync(Case @case, string processId, IReadOnlyDictionary<string, object?>? variables,
        Actor actor, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>())
        {
            ["caseId"] = @case.Id.ToString(),
            ["caseNumber"] = @case.Number,
            ["caseNo"] = @case.Number,
        };
        var instance = await engine.StartAsync(processId, values, @case.Number, actor);
        await links.LinkProcessAsync(@case.Id, instance.RootId, processId, cancellationToken);
        return instance;
    }

    /// <summary>
    /// Intake through the API is the registration (收案登记), so the shipped process's first task, Intake, is completed
    /// at once with the intake form's variables taken from the case: channel, applicant, respondent, thirdParties.
    /// </summary>
    public async Task CompleteIntakeAsync(Case @case, ProcessInstanceInfo instance, Actor actor)
    {
        var intake = (await engine.TreeTasksAsync(instance.RootId)).FirstOrDefault(t => t.ElementId == "Intake" && t.State == HumanTaskState.Open);
        if (intake is null) return;
        var application = @case.Application;
        await engine.CompleteAsync(intake.Id, intake.IsCandidate(actor) ? actor : Actor.System, new Dictionary<string, object?>
        {
            ["channel"] = application.Channel.ToString().ToLowerInvariant(),
            // The representative (or the first applicant) stands for the applicants in the workflow's service loop.
            ["applicant"] = application.Representative ?? application.Applicants[0].Name,
            ["respondent"] = application.Respondent.Name,
            ["thirdParties"] = application.ThirdParties.Select(p => p.Name).ToArray(),
        });
    }

    /// <summary>The case a task belongs to: its tree's link, else its business key as a case number.</summary>
    public async Task<Guid?> CaseOfAsync(HumanTask task, Func<string, Task<Case?>> byNumber, CancellationToken cancellationToken = default)
    {
        if (await links.CaseOfInstanceAsync(task.RootInstanceId, cancellationToken) is { } linked) return linked;
        return string.IsNullOrWhiteSpace(task.BusinessKey) ? null : (await byNumber(task.BusinessKey))?.Id;
    }

    public static Actor ActorOf(ClaimsPrincipal user) => user.ToActor();
}
