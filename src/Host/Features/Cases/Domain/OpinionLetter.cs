namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>行政复议意见书 (Art. 76): the addressee reports its correction within sixty days of receiving it.</summary>
public sealed record OpinionLetter
{
    /// <summary>The letter's number.</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>The agency it is addressed to.</summary>
    public required string Addressee { get; init; }

    /// <summary>The day the addressee received it (from its service record).</summary>
    public DateOnly? ServedOn { get; init; }

    /// <summary>The day the report on the correction arrived.</summary>
    public DateOnly? ReportReceivedOn { get; init; }
}
