namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>被申请复议的行政行为.</summary>
public sealed record ChallengedAct
{
    /// <summary>The kind of act.</summary>
    public required ChallengedActType Type { get; init; }

    /// <summary>What the act is called, e.g. "行政处罚决定".</summary>
    public required string Title { get; init; }

    /// <summary>The act's document number, e.g. "红市监罚〔2026〕8号"; none for an inaction or an oral act.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The date the act was made.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The amount in yuan (fine, fee, compensation), when the act has one; ≤ 3,000 may allow the simplified procedure (Art. 53).</summary>
    public decimal? Amount { get; init; }
}
