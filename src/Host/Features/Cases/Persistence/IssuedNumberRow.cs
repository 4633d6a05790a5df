namespace Reconsideration.Host.Features.Cases.Persistence;

/// <summary>
/// Every number ever issued — case numbers (type key "case") and document numbers — kept even if the case were
/// removed, so a number is never issued twice. The primary key makes two issues of one number impossible.
/// </summary>
internal sealed class IssuedNumberRow
{
    public const string CaseTypeKey = "case";

    public string Number { get; set; } = "";
    public Guid CaseId { get; set; }
    public string TypeKey { get; set; } = "";
    public int Year { get; set; }
    public int Serial { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
}
