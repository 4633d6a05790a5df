using Microsoft.AspNetCore.Identity;

namespace Reconsideration.Host.Features.Identity;

/// <summary>
/// Chooses, per request, the scheme behind the "staff" policy scheme: a bearer header always wins (API clients); a
/// request carrying the sign-in cookie is a person in the browser; an anonymous API request stays with the bearer
/// handler so it is answered 401 rather than redirected to the sign-in page.
/// </summary>
internal static class StaffSchemeSelector
{
    public const string CookieName = ".Reconsideration.Staff";

    public static string Select(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return IdentityConstants.BearerScheme;
        if (context.Request.Cookies.ContainsKey(CookieName)) return IdentityConstants.ApplicationScheme;
        return IsApi(context.Request.Path) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
