using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>What a step route hands to its call: the case as the caller may see it, the caller, the services and the request's cancellation.</summary>
internal readonly record struct StepContext(Case Case, ClaimsPrincipal User, IServiceProvider Services, CancellationToken Token)
{
    public Guid Id => Case.Id;

    public Actor Actor => User.ToActor();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Whether a process of the case is still running (its step routes then send the workflow's messages).</summary>
    public Task<bool> OnWorkflowAsync() => Get<CaseMessages>().OnWorkflowAsync(Id, Token);

    /// <summary>Sends the message when the case runs on a workflow, after the domain step <paramref name="changed"/> was recorded.</summary>
    public async Task<Case> ThenSendAsync(Case changed, string message, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (await OnWorkflowAsync()) await Get<CaseMessages>().SendAsync(changed, message, Actor, variables);
        return changed;
    }
}
