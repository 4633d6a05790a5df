namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// One service of one document on one recipient — the content of a 送达回证 (民诉法 Art. 87) — with the day
/// service took effect and how that day follows from the method.
/// </summary>
public sealed record ServiceRecord
{
    /// <summary>Identifies the record.</summary>
    public required Guid Id { get; init; }

    /// <summary>The document type key ("decision", "correction-notice" …).</summary>
    public required string DocumentTypeKey { get; init; }

    /// <summary>文书名称, e.g. "行政复议决定书".</summary>
    public required string DocumentName { get; init; }

    /// <summary>文号, when the document has one.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>受送达人.</summary>
    public required string Recipient { get; init; }

    /// <summary>The recipient's role in the case.</summary>
    public required RecipientRole RecipientRole { get; init; }

    /// <summary>送达地址 (postal address, or the electronic address for electronic service).</summary>
    public string? Address { get; init; }

    /// <summary>送达方式.</summary>
    public required ServiceMethod Method { get; init; }

    /// <summary>The day of the act: handed over, left, sent, posted or published.</summary>
    public required DateOnly HandedOn { get; init; }

    /// <summary>The day service took effect (送达日期); periods that run from service start on it.</summary>
    public required DateOnly ServedOn { get; init; }

    /// <summary>How <see cref="ServedOn"/> follows from the method, in Chinese.</summary>
    public required string Explanation { get; init; }

    /// <summary>Who signed when not the recipient (代收人), and the relationship.</summary>
    public string? Proxy { get; init; }

    /// <summary>The proxy's relationship to the recipient.</summary>
    public string? ProxyRelationship { get; init; }

    /// <summary>The witness of a refused service left at the address (见证人).</summary>
    public string? Witness { get; init; }

    /// <summary>Where the recipient's consent to electronic service is recorded (e.g. the signed 送达地址确认书).</summary>
    public string? Consent { get; init; }

    /// <summary>The return slip's date (邮寄送达回执).</summary>
    public DateOnly? ReturnSlipDate { get; init; }

    /// <summary>The postal tracking number.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>送达人.</summary>
    public required string Server { get; init; }
}
