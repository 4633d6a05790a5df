namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>中止 (Art. 39) and, once the ground is gone, 恢复审理: the interval the decision clock stands still.</summary>
public sealed record Suspension
{
    /// <summary>The item of Art. 39 ¶1 (1–10) the suspension rests on.</summary>
    public required int GroundItem { get; init; }

    /// <summary>The ground in words, as the suspension notice states it.</summary>
    public required string Reason { get; init; }

    /// <summary>The day the case was suspended.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The day the review resumed; null while suspended.</summary>
    public DateOnly? ResumedOn { get; init; }
}
