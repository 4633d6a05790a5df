using Microsoft.Extensions.DependencyInjection.Extensions;
using Reconsideration.DocumentGen.DocumentTypes;
using Reconsideration.DocumentGen.Numbering;
using Reconsideration.Host.Features.Cases.Persistence;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Host.Features.Cases.Services.Materials;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Cases;

/// <summary>Registers the case services from the "Cases" section and migrates the case tables at start.</summary>
public static class CasesSetup
{
    /// <summary>
    /// Adds <see cref="CaseIntakeService"/>, <see cref="AcceptanceService"/>, <see cref="ReviewService"/>,
    /// <see cref="ClosingService"/>, <see cref="DocumentNumberService"/>, <see cref="CaseQueryService"/>,
    /// <see cref="DeadlineQueryService"/>, <see cref="MaterialService"/> and <see cref="DeadlineCalculator"/>.
    /// Replace <see cref="ICaseActor"/> to record the signed-in user in case histories.
    /// </summary>
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Cases").Get<CasesOptions>() ?? new CasesOptions();
        var databasePath = options.Database ?? configuration["Workflows:Database"] ?? "data/reconsideration.db";
        var holidays = options.HolidayDirectory ?? configuration["Workflows:HolidayDirectory"];
        // Numbering an administrator saved on 机关与文号 wins over the deployment's file and the shipped one.
        var saved = SavedNumberingFile(configuration);
        var numbering = File.Exists(saved) ? saved : options.NumberingFile ?? NumberingFile(configuration["Documents:TemplateOverrides"]);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICaseActor, SystemCaseActor>();
        services.AddSingleton(_ => CasesDatabase.Sqlite(databasePath));
        services.AddSingleton(_ => new DocumentNumberFormat(NumberingOptions.Load(numbering)));
        services.AddSingleton(sp => new DocumentTypeCatalog(sp.GetRequiredService<DocumentNumberFormat>(), DocumentTypeCatalog.DefaultSampleDirectory));
        // One calendar for the engine, the deadlines and the pages; reloading its source puts a saved holiday year in force.
        services.AddSingleton(_ => BusinessCalendar.Load(holidays));
        services.AddSingleton(sp => new DeadlineCalculator(sp.GetRequiredService<BusinessCalendar>()));
        services.AddSingleton(sp => new CaseStore(sp.GetRequiredService<CasesDatabase>(), sp.GetRequiredService<DocumentNumberFormat>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CaseSteps(sp.GetRequiredService<CaseStore>(), sp.GetRequiredService<DeadlineCalculator>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ICaseActor>()));
        services.AddSingleton(sp => new CaseIntakeService(sp.GetRequiredService<CaseStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ICaseActor>()));
        services.AddSingleton(sp => new AcceptanceService(sp.GetRequiredService<CaseSteps>()));
        services.AddSingleton(sp => new ReviewService(sp.GetRequiredService<CaseSteps>()));
        services.AddSingleton(sp => new ClosingService(sp.GetRequiredService<CaseSteps>(), sp.GetRequiredService<DocumentTypeCatalog>()));
        services.AddSingleton(sp => new DocumentNumberService(sp.GetRequiredService<CaseSteps>(), sp.GetRequiredService<DocumentTypeCatalog>()));
        services.AddSingleton(sp => new CaseQueryService(sp.GetRequiredService<CaseStore>(), sp.GetRequiredService<DeadlineCalculator>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DeadlineQueryService(sp.GetRequiredService<CaseStore>(), sp.GetRequiredService<DeadlineCalculator>(),
            options.ClosedCasesInDeadlinesDays));
        services.AddSingleton(sp => new MaterialService(sp.GetRequiredService<CaseSteps>(),
            Path.Combine(options.DataDirectory, "materials"), options.MaxUploadBytes));
        services.AddHostedService<CasesStartup>();
        return services;
    }

    /// <summary>Where 机关与文号 saves the numbering: numbering.json in the data directory.</summary>
    internal static string SavedNumberingFile(IConfiguration configuration) =>
        Path.Combine((configuration.GetSection("Cases").Get<CasesOptions>() ?? new CasesOptions()).DataDirectory, "numbering.json");

    /// <summary>A deployment's numbering.json (beside its template overrides) wins over the shipped one.</summary>
    private static string NumberingFile(string? overrides)
    {
        if (!string.IsNullOrWhiteSpace(overrides))
        {
            var own = Path.Combine(overrides, "numbering.json");
            if (File.Exists(own)) return own;
        }

        return Path.Combine(AppContext.BaseDirectory, "Templates", "numbering.json");
    }
}
