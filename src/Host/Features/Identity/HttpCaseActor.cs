using System.Security.Claims;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Identity;

/// <summary>
/// Names the signed-in person in case histories ("李明"); outside a request (seeding, timers) the system acts.
/// Registered as a singleton like the case services, so it reads the current request through the accessor, or the
/// staff page's user (<see cref="CaseActorScope"/>) inside an interactive circuit.
/// </summary>
internal sealed class HttpCaseActor(IHttpContextAccessor accessor) : ICaseActor
{
    public const string DisplayNameClaim = "display_name";

    public string Name
    {
        get
        {
            var user = CaseActorScope.User ?? accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return "系统";
            return user.FindFirstValue(DisplayNameClaim) is { Length: > 0 } display ? display : user.Identity.Name ?? "系统";
        }
    }
}
