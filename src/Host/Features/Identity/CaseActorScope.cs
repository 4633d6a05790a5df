using System.Security.Claims;

namespace Reconsideration.Host.Features.Identity;

/// <summary>
/// The person a staff page acts for. An interactive page runs in its circuit, outside any HTTP request, so
/// <see cref="HttpCaseActor"/> cannot read the request's user there; the page's services set the circuit's user for
/// the duration of a call, and case histories name that person instead of "系统".
/// </summary>
public static class CaseActorScope
{
    private static readonly AsyncLocal<ClaimsPrincipal?> Current = new();

    /// <summary>The user set for the current call, if any.</summary>
    public static ClaimsPrincipal? User => Current.Value;

    /// <summary>Acts as <paramref name="user"/> until the result is disposed.</summary>
    public static IDisposable As(ClaimsPrincipal user)
    {
        var previous = Current.Value;
        Current.Value = user;
        return new Restore(previous);
    }

    private sealed class Restore(ClaimsPrincipal? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
