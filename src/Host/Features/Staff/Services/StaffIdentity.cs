using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The signed-in person as the app bar shows them.</summary>
public static class StaffIdentity
{
    /// <summary>"李明", or the user name when no name is recorded.</summary>
    public static string DisplayName(ClaimsPrincipal user) => user.DisplayName();

    /// <summary>The roles in Chinese, e.g. "承办人" or "审核人、局长".</summary>
    public static string RoleNames(ClaimsPrincipal user) => string.Join("、", user.Roles().Select(StaffRoles.ChineseName));
}
