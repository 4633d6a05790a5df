namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>退回: the earlier task to return to (its element id, from return-targets) and the opinion.</summary>
public sealed record ReturnTaskRequest(string? Target, string? Reason);
