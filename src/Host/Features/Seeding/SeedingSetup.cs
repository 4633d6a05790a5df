namespace Reconsideration.Host.Features.Seeding;

/// <summary>Demo data on start, only when Seeding:Demo is true (run.sh sets it): users for every role and cases in several stages.</summary>
public static class SeedingSetup
{
    /// <summary>Registers the demo seeder after the features whose tables it fills (they migrate first: hosted services start in order).</summary>
    public static IServiceCollection AddDemoSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("Seeding:Demo", false)) return services;
        services.AddSingleton<DemoCases>();
        services.AddSingleton<DemoWorkflow>();
        services.AddHostedService<DemoSeeder>();
        return services;
    }
}
