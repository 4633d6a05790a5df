namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>延长审理期限 (Art. 62 ¶1): once, at most thirty days, ordinary procedure only, approved by the agency's head.</summary>
public sealed record Extension
{
    /// <summary>Days added to the decision period (1–30).</summary>
    public required int Days { get; init; }

    /// <summary>The day the extension was approved; it must lie within the decision period it extends.</summary>
    public required DateOnly ApprovedOn { get; init; }

    /// <summary>Why the case could not be decided in time (情况复杂).</summary>
    public required string Reason { get; init; }
}
