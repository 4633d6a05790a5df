using Reconsideration.Host.Features.Persistence;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reconsideration.Host.Features.Api.Persistence;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Identity;

/// <summary>
/// ASP.NET Core Identity with EF stores on the shared SQLite file, bearer tokens for API clients, lockout after
/// repeated failures, Chinese messages, and the signed-in person as the case actor.
/// </summary>
public static class IdentitySetup
{
    /// <summary>
    /// The authentication scheme every endpoint asks for. It forwards to the bearer token handler when the request has a
    /// bearer header, else to the staff application's sign-in cookie (<see cref="StaffSchemeSelector"/>).
    /// </summary>
    public const string Scheme = "staff";

    /// <summary>Registers Identity, the staff scheme and its authorisation; the Identity tables migrate at start.</summary>
    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration["Identity:Database"] ?? configuration["Workflows:Database"] ?? "data/reconsideration.db";
        var dataDirectory = configuration["Identity:DataDirectory"] ?? Path.GetDirectoryName(Path.GetFullPath(database))!;
        services.AddDbContext<StaffDbContext>(o => SqliteFiles.Configure(o, database, StaffDbContext.HistoryTable));
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<ICaseActor, HttpCaseActor>());

        // Tokens are protected with data protection keys; kept beside the database so tokens outlive a restart.
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")))
            .SetApplicationName("Reconsideration");
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 8;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Identity:LockoutMinutes", 15));
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddEntityFrameworkStores<StaffDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<ChineseIdentityErrors>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "工作人员", o => o.ForwardDefaultSelector = StaffSchemeSelector.Select)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
                o.BearerTokenExpiration = TimeSpan.FromHours(configuration.GetValue("Identity:TokenHours", 8.0)))
            .AddCookie(IdentityConstants.ApplicationScheme, o => StaffCookie.Configure(o, configuration));
        services.AddAuthorization();
        services.AddHostedService<IdentityStartup>();
        return services;
    }

    /// <summary>
    /// Authentication and authorisation, placed explicitly after the error middleware: added implicitly they would run
    /// first, and a refused request's empty 401/403 would never become a ProblemDetails.
    /// </summary>
    public static WebApplication UseStaffAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Maps /api/v1/auth (token, refresh, me).</summary>
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        AuthEndpoints.Map(app);
        return app;
    }

    internal static BearerTokenOptions BearerOptions(IServiceProvider services) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
}
