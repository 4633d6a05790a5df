using System.Security.Claims;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Tests;

/// <summary>A signed-in person as the host's services receive one: user name, roles and the name the journal shows.</summary>
internal static class TestPeople
{
    /// <summary>With the display name the case history and the journal print.</summary>
    public static ClaimsPrincipal Person(string userName, string displayName, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName), new Claim(HttpCaseActor.DisplayNameClaim, displayName),
            .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    /// <summary>Only a user name and roles.</summary>
    public static ClaimsPrincipal User(string userName, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));
}
