using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>Registers the service-task handlers that bind the shipped workflows to the case domain (docs/workflows.md).</summary>
public static class CaseWorkflowSetup
{
    /// <summary>Adds every handler of the contract as an <see cref="IServiceTaskHandler"/>; the engine takes them all at construction.</summary>
    public static IServiceCollection AddCaseWorkflow(this IServiceCollection services)
    {
        services.AddSingleton<WorkflowCaseSteps>();
        services.AddSingleton<IServiceTaskHandler, IssueDocumentHandler>();
        services.AddSingleton<IServiceTaskHandler, SetStatusHandler>();
        services.AddSingleton<IServiceTaskHandler, AcceptHandler>();
        services.AddSingleton<IServiceTaskHandler, ForwardHandler>();
        services.AddSingleton<IServiceTaskHandler, RecordNoReplyHandler>();
        services.AddSingleton<IServiceTaskHandler, ExtendHandler>();
        services.AddSingleton<IServiceTaskHandler, ComputeDeadlinesHandler>();
        services.AddSingleton<IServiceTaskHandler, ReferToCommitteeHandler>();
        services.AddSingleton<IServiceTaskHandler, RecordServiceHandler>();
        return services;
    }
}
