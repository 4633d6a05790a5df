namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>不予受理 (Art. 30 ¶2): the condition not met and, for a jurisdiction refusal, the competent organ.</summary>
public sealed record Refusal
{
    /// <summary>The day the refusal was decided.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>The reasons, as the refusal decision states them.</summary>
    public required string Reasons { get; init; }

    /// <summary>The articles relied on, e.g. "《中华人民共和国行政复议法》第三十条第一款第（四）项".</summary>
    public required IReadOnlyList<string> Articles { get; init; }

    /// <summary>The competent reconsideration organ, when the case is outside this organ's jurisdiction.</summary>
    public string? CompetentOrgan { get; init; }
}
