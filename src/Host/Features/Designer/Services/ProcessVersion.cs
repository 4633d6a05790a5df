namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>One published version of a process: who published it, when, and why.</summary>
public sealed record ProcessVersion(int Version, string? Name, DateTimeOffset PublishedAt, string PublishedBy, string? Comment);
