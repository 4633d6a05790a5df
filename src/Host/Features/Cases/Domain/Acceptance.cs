namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>受理: the day the case was accepted, by decision or by lapse of the review period (视为受理, Art. 30 ¶3).</summary>
public sealed record Acceptance
{
    /// <summary>The day of acceptance; the reply and decision periods count from it (Arts. 48, 54, 62).</summary>
    public required DateOnly On { get; init; }

    /// <summary>True when no decision was made within the review period and the case is deemed accepted on its last day.</summary>
    public required bool Deemed { get; init; }
}
