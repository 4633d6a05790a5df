using MudBlazor.Services;
using Reconsideration.Host.Components;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Features.Staff.Services.Admin;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff;

/// <summary>The staff web application: Blazor (interactive server) with MudBlazor, cookie sign-in (docs/staff-app.md).</summary>
public static class StaffSetup
{
    /// <summary>Registers the components, MudBlazor and the services behind the pages.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        // The calendar the deadlines are computed with, so a badge and a period never disagree.
        services.AddSingleton(sp => new DueBadges(sp.GetRequiredService<BusinessCalendar>()));
        services.AddSingleton<StaffTasks>();
        services.AddSingleton<StaffCases>();
        services.AddMemoryCache();
        services.AddSingleton<StaffTaskWork>();
        services.AddScoped<StaffUserAdmin>();
        services.AddSingleton<HolidayCalendarAdmin>();
        services.AddSingleton<DeadlineExplanations>();
        services.AddSingleton<StaffWorkspace>();
        services.AddSingleton<StaffUploads>();
        services.AddSingleton<StaffIntake>();
        services.AddScoped<FileDownloads>();
        return services;
    }

    /// <summary>Maps the pages, their static files and the sign-out action; after authentication.</summary>
    public static WebApplication MapStaff(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        AccountEndpoints.Map(app);
        PreviewEndpoints.Map(app);
        return app;
    }
}
