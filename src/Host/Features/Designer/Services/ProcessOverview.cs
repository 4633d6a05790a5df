namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>A process on the designer's list: its versions, newest first, and its draft if one is saved.</summary>
public sealed record ProcessOverview(string ProcessKey, string? Name, IReadOnlyList<ProcessVersion> Versions, Draft? Draft);
