using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Reconsideration.Host.Features.Staff;

/// <summary>
/// The one account action that is not a page.
/// <code>
/// POST /account/signout   退出登录 (form with antiforgery token) → the sign-in page
/// </code>
/// </summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/account/signout", (Func<HttpContext, Task<IResult>>)SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        // Only the cookie: the bearer scheme has no sign-out, and no external or two-factor schemes are registered.
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.LocalRedirect("/account/signin");
    }
}
