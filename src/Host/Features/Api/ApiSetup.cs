using Reconsideration.Host.Features.Persistence;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Numbering;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Cases;
using Reconsideration.Host.Features.Api.Deadlines;
using Reconsideration.Host.Features.Api.Documents;
using Reconsideration.Host.Features.Api.Journal;
using Reconsideration.Host.Features.Api.Materials;
using Reconsideration.Host.Features.Api.Persistence;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Api.Reference;
using Reconsideration.Host.Features.Api.Service;
using Reconsideration.Host.Features.Api.Tasks;
using Reconsideration.Host.Features.Cases;
using Reconsideration.Host.Features.Documents;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Features.Api;

/// <summary>The REST API under /api/v1, its OpenAPI document (/openapi/v1.json) and the reference page (/api/docs).</summary>
public static class ApiSetup
{
    /// <summary>Registers the API's services, its tables, ProblemDetails in Chinese and the OpenAPI document.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration["Api:Database"] ?? configuration["Workflows:Database"] ?? "data/reconsideration.db";
        var documents = DocumentsSetup.Bind(configuration);
        services.AddDbContextFactory<ApiDbContext>(o => SqliteFiles.Configure(o, database, ApiDbContext.HistoryTable));
        services.AddHostedService<ApiStartup>();
        services.AddSingleton<CaseLinks>();
        services.AddSingleton<CaseAccess>();
        services.AddSingleton<CaseViews>();
        services.AddSingleton<CaseWorkflows>();
        services.AddSingleton<CaseMessages>();
        services.AddSingleton<CaseRegistration>();
        services.AddSingleton<CaseJournal>();
        services.AddSingleton<TaskViews>();
        services.AddSingleton<TaskLists>();
        services.AddSingleton<TaskFormSteps>();
        services.AddSingleton<TaskCompletion>();
        services.AddSingleton<TaskActions>();
        services.AddSingleton(configuration.GetSection("Organ").Get<OrganOptions>() ?? new OrganOptions());
        services.AddSingleton(sp => new OrganSettings(sp.GetRequiredService<OrganOptions>(), sp.GetRequiredService<DocumentNumberFormat>(),
            sp.GetRequiredService<DocumentIssuer>().Composer.Numbers, documents.DataDirectory, CasesSetup.SavedNumberingFile(configuration),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CaseDocumentData>();
        services.AddSingleton<CaseDocumentIssuing>();
        services.AddSingleton(_ => new IssuedFiles(documents.DataDirectory));

        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Chinese text as written, not as \uXXXX escapes: the JSON is read by people too.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
            o.SerializerOptions.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OptionalCaseMembers } };
        });
        // Framework errors (unreadable JSON, a missing body) reach the exception handler, which answers in Chinese.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            var status = c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode;
            // The framework's own titles are English ("Unauthorized"); ours are already Chinese.
            if (c.ProblemDetails.Title is null || c.ProblemDetails.Title.All(char.IsAscii)) c.ProblemDetails.Title = ProblemTexts.Title(status);
            c.ProblemDetails.Detail ??= ProblemTexts.Detail(status);
            c.ProblemDetails.Type = null;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer<OpenApiDocumentInfo>());
        return services;
    }

    /// <summary>Errors as ProblemDetails: thrown exceptions, and empty 401/403/404/405 responses.</summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Maps every /api/v1 resource, the OpenAPI document and the reference page.</summary>
    public static WebApplication MapApiEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        CasesEndpoints.Map(api);
        CaseStepsEndpoints.Map(api);
        TasksEndpoints.Map(api);
        CaseMessagesEndpoints.Map(api);
        DocumentsEndpoints.Map(api);
        ServiceRecordsEndpoints.Map(api);
        MaterialsEndpoints.Map(api, app.Configuration.GetSection("Cases").Get<CasesOptions>()?.MaxUploadBytes ?? new CasesOptions().MaxUploadBytes);
        DeadlinesEndpoints.Map(api);
        JournalEndpoints.Map(api);
        app.MapIdentityEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        ReferencePage.Use(app);
        return app;
    }

    /// <summary>
    /// The case model marks what identifies an application as C# required; the JSON reader would refuse a missing one
    /// with a single English message. Read them as optional so the domain's validation lists every missing field in Chinese.
    /// </summary>
    private static void OptionalCaseMembers(JsonTypeInfo info)
    {
        if (info.Type.Namespace?.StartsWith(typeof(CasesSetup).Namespace!, StringComparison.Ordinal) != true) return;
        foreach (var property in info.Properties) property.IsRequired = false;
    }
}
