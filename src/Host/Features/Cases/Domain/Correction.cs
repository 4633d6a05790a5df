namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// 补正 (Art. 31): the one notice listing every missing item, the applicant's period and the corrected materials.
/// On receipt of the corrected materials the acceptance review starts again from that day (Art. 31 ¶3 → Art. 30).
/// </summary>
public sealed record Correction
{
    /// <summary>The day the notice was issued; must lie within five working days of receipt.</summary>
    public required DateOnly RequestedOn { get; init; }

    /// <summary>Everything to be corrected, all at once (补正通知应当一次性载明需要补正的事项).</summary>
    public required IReadOnlyList<string> Items { get; init; }

    /// <summary>The day the applicant received the notice (from its service record); the ten working days count from it.</summary>
    public DateOnly? NoticeReceivedOn { get; init; }

    /// <summary>A later last day granted on good reason (Art. 31 ¶2, 可以延长合理的补正期限).</summary>
    public DateOnly? ExtendedUntil { get; init; }

    /// <summary>Why the period was extended.</summary>
    public string? ExtensionReason { get; init; }

    /// <summary>The day the corrected materials were received.</summary>
    public DateOnly? MaterialsReceivedOn { get; init; }
}
