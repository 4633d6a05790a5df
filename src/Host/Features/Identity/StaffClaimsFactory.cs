using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Reconsideration.Host.Features.Identity;

/// <summary>
/// Adds the person's name to every principal Identity makes — bearer tokens, the sign-in cookie, and the cookie
/// re-issued after a security stamp check — so histories read "李明" however the person signed in.
/// </summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HttpCaseActor.DisplayNameClaim,
            string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
