using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>
/// The workflow side of the step routes that have a message in docs/workflows.md ("Messages"): when a process of the
/// case runs, the route sends the message (correlated on the case number) so that the API and the workflow agree.
/// </summary>
internal sealed class CaseStepMessages(WorkflowEngine engine, CaseLinks links)
{
    /// <summary>Whether a process of the case is still running.</summary>
    public async Task<bool> OnWorkflowAsync(Guid caseId, CancellationToken cancellationToken)
    {
        foreach (var root in await links.ProcessesAsync(caseId, cancellationToken))
        {
            if (await engine.InstanceAsync(root) is { State: InstanceState.Active }) return true;
        }

        return false;
    }

    /// <summary>Sends <paramref name="name"/> to the case's workflow; the engine answers 404 when nothing waits for it.</summary>
    public Task SendAsync(Case @case, string name, Actor actor, IReadOnlyDictionary<string, object?>? variables = null) =>
        engine.CorrelateMessageAsync(name, @case.Number, variables, actor);

    /// <summary>Completes the open approval task <paramref name="elementId"/> of the case as <paramref name="actor"/>: approved.</summary>
    public async Task ApproveAsync(Guid caseId, string elementId, Actor actor, string comment, CancellationToken cancellationToken)
    {
        foreach (var root in await links.ProcessesAsync(caseId, cancellationToken))
        {
            foreach (var task in await engine.TreeTasksAsync(root))
            {
                if (task.ElementId != elementId) continue;
                await engine.CompleteAsync(task.Id, actor, new Dictionary<string, object?> { ["approved"] = true, ["approvalComment"] = comment });
                return;
            }
        }
    }
}
