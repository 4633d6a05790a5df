using System.Security.Claims;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Access;

/// <summary>Reads the signed-in person from the token's claims.</summary>
internal static class StaffClaims
{
    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(HttpCaseActor.DisplayNameClaim) is { Length: > 0 } name ? name : user.UserName();

    public static IReadOnlyList<string> Roles(this ClaimsPrincipal user) => [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)];

    /// <summary>The engine's actor: the user name with the role keys, which are the BPMN candidate groups.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(user.UserName(), user.Roles());
}
