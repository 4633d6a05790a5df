using Reconsideration.Host.Features.Designer.Persistence;
using Reconsideration.Host.Features.Designer.Diagrams;
using Reconsideration.Host.Features.Designer.Services;
using Reconsideration.Designer;
using Reconsideration.Host.Features.Persistence;

namespace Reconsideration.Host.Features.Designer;

/// <summary>The workflow designer (docs/designer.md): drafts table, publishing, the pages' services and the API routes.</summary>
public static class DesignerSetup
{
    public static IServiceCollection AddDesigner(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration["Designer:Database"] ?? configuration["Workflows:Database"] ?? "data/reconsideration.db";
        services.AddDbContextFactory<DesignerDbContext>(o => SqliteFiles.Configure(o, database, DesignerDbContext.HistoryTable));
        services.AddHostedService<DesignerStartup>();
        services.AddSingleton<DraftStore>();
        services.AddSingleton<DesignerValidation>();
        services.AddSingleton<WorkflowPublisher>();
        services.AddSingleton<DesignerProcesses>();
        services.AddSingleton<DesignerCatalogSource>();
        services.AddSingleton<CaseDiagrams>();
        services.AddSingleton<VersionDiagrams>();
        services.AddSingleton<TestRunner>();
        services.AddScoped<DesignerTexts>();
        services.AddBpmnDesigner();
        return services;
    }

    /// <summary>The routes under /api/v1/designer; errors are the API's ProblemDetails in Chinese.</summary>
    public static WebApplication MapDesignerEndpoints(this WebApplication app)
    {
        DesignerEndpoints.Map(app.MapGroup("/api/v1").RequireAuthorization());
        return app;
    }
}
