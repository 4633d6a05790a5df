namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>The decision that ends the review: its type, holding text and the articles it rests on.</summary>
public sealed record Decision
{
    /// <summary>The main holding's type.</summary>
    public required DecisionType Type { get; init; }

    /// <summary>决定主文, as the document states it.</summary>
    public required string Holding { get; init; }

    /// <summary>The articles relied on, e.g. "《中华人民共和国行政复议法》第六十八条".</summary>
    public required IReadOnlyList<string> Articles { get; init; }

    /// <summary>The day the decision was made (signed).</summary>
    public required DateOnly DecidedOn { get; init; }
}
