using System.Security.Claims;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Identity;

/// <summary>
/// Names the signed-in person in case histories ("李明"); outside a request (seeding, timers) the system acts.
/// Registered as a singleton like the case services, so it reads the current request through the accessor — or, for
/// work started from a page's circuit (which has no request), the person set with <see cref="Use"/>.
/// </summary>
internal sealed class HttpCaseActor(IHttpContextAccessor accessor) : ICaseActor
{
    public const string DisplayNameClaim = "display_name";

    private static readonly AsyncLocal<ClaimsPrincipal?> Scoped = new();

    public string Name
    {
        get
        {
            var user = Scoped.Value ?? accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return "系统";
            return user.FindFirstValue(DisplayNameClaim) is { Length: > 0 } display ? display : user.Identity.Name ?? "系统";
        }
    }

    /// <summary>Names <paramref name="user"/> as the actor of what this async flow does until the scope is disposed.</summary>
    public static IDisposable Use(ClaimsPrincipal user)
    {
        var previous = Scoped.Value;
        Scoped.Value = user;
        return new Restore(() => Scoped.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
