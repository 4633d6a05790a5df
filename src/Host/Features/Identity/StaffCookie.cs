using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Reconsideration.Host.Features.Identity;

/// <summary>The staff application's sign-in cookie.</summary>
internal static class StaffCookie
{
    public const string SignInPath = "/account/signin";

    public static void Configure(CookieAuthenticationOptions options, IConfiguration configuration)
    {
        options.Cookie.Name = StaffSchemeSelector.CookieName;
        options.Cookie.HttpOnly = true;
        // Lax keeps a cross-site form from posting to the API with the cookie; links from elsewhere still open the app.
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.LoginPath = SignInPath;
        options.LogoutPath = "/account/signout";
        options.AccessDeniedPath = "/account/denied";
        options.ExpireTimeSpan = TimeSpan.FromHours(configuration.GetValue("Identity:CookieHours", 8.0));
        options.SlidingExpiration = true;
        // A changed password or a lock by the administrator ends other sessions at the next check.
        options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
        // The API answers with status codes (and ProblemDetails), never with a redirect to an HTML page.
        options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (StaffSchemeSelector.IsApi(context.Request.Path)) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
