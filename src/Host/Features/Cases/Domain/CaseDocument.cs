namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>A document issued in the case: its type, number (case serial + type code, DOMAIN §4) and date.</summary>
public sealed record CaseDocument
{
    /// <summary>The document type key, e.g. "acceptance-notice".</summary>
    public required string TypeKey { get; init; }

    /// <summary>文号, e.g. "红府复受〔2026〕12号".</summary>
    public required string Number { get; init; }

    /// <summary>The day the number was issued.</summary>
    public required DateOnly IssuedOn { get; init; }
}
