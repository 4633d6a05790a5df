namespace Reconsideration.Host.Features.Identity;

/// <summary>A request for a new token with the refresh token of an earlier one.</summary>
/// <param name="RefreshToken">The refresh token returned with the access token.</param>
public sealed record RefreshRequest(string? RefreshToken);
