namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>Assigns the case to a handler (承办人) by user name.</summary>
public sealed record AssignHandlerRequest(string? Handler);
