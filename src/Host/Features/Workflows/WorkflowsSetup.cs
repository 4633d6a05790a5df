using Reconsideration.Workflows;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Workflows;

/// <summary>Registers the workflow engine on the SQLite file, deploys the shipped definitions and runs the job executor.</summary>
public static class WorkflowsSetup
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var path = configuration["Workflows:Database"] ?? "data/reconsideration.db";
            var options = new WorkflowEngineOptions { HolidayDirectory = configuration["Workflows:HolidayDirectory"] };
            return new WorkflowEngine(WorkflowStorage.Sqlite(path), sp.GetRequiredService<TimeProvider>(), options,
                sp.GetServices<IServiceTaskHandler>(), sp.GetService<BusinessCalendar>());
        });
        // The seeder is registered before the executor so that definitions exist before any job runs.
        services.AddHostedService<DefinitionSeeder>();
        services.AddHostedService<JobExecutorService>();
        services.AddHealthChecks().AddCheck<WorkflowHealthCheck>("workflows");
        return services;
    }
}
