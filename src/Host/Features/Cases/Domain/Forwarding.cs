namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>转送: the application sent on to the competent organ instead of being decided here.</summary>
public sealed record Forwarding
{
    /// <summary>The day it was sent.</summary>
    public required DateOnly On { get; init; }

    /// <summary>The organ it was sent to.</summary>
    public required string To { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
