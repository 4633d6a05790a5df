namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>委派: the colleague's user name (from delegates).</summary>
public sealed record DelegateTaskRequest(string? To);
