using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>
/// A service to record (送达回证). Which fields are required depends on the method: a witness for service left at
/// the address, the recorded consent for electronic service, the return slip's date for post.
/// </summary>
public sealed record ServiceCommand
{
    /// <summary>The document type key, e.g. "decision".</summary>
    public required string DocumentTypeKey { get; init; }

    /// <summary>文号, when the document has one.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>受送达人.</summary>
    public required string Recipient { get; init; }

    /// <summary>The recipient's role in the case.</summary>
    public required RecipientRole RecipientRole { get; init; }

    /// <summary>送达地址.</summary>
    public string? Address { get; init; }

    /// <summary>送达方式.</summary>
    public required ServiceMethod Method { get; init; }

    /// <summary>The day handed over, left, reached the recipient's system, posted, or published.</summary>
    public required DateOnly HandedOn { get; init; }

    /// <summary>代收人, when not the recipient.</summary>
    public string? Proxy { get; init; }

    /// <summary>The proxy's relationship to the recipient.</summary>
    public string? ProxyRelationship { get; init; }

    /// <summary>见证人 (required when left at the address).</summary>
    public string? Witness { get; init; }

    /// <summary>Where the consent to electronic service is recorded (required for electronic service).</summary>
    public string? Consent { get; init; }

    /// <summary>The return slip's date (required for post).</summary>
    public DateOnly? ReturnSlipDate { get; init; }

    /// <summary>The postal tracking number.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>送达人.</summary>
    public required string Server { get; init; }
}
