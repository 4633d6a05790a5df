using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The case search form's fields, as the inputs bind them (the date pickers work with DateTime).</summary>
public sealed class CaseSearchForm
{
    /// <summary>Part of the case number.</summary>
    public string? Number { get; set; }

    /// <summary>Part of an applicant's name.</summary>
    public string? Applicant { get; set; }

    /// <summary>Part of the respondent's name.</summary>
    public string? Respondent { get; set; }

    /// <summary>The status.</summary>
    public CaseStatus? Status { get; set; }

    /// <summary>Received on or after.</summary>
    public DateTime? From { get; set; }

    /// <summary>Received on or before.</summary>
    public DateTime? To { get; set; }

    /// <summary>The search for one page; blank text fields are no criterion.</summary>
    public CaseSearch ToSearch(int page, int pageSize) => new()
    {
        Number = Blank(Number), Applicant = Blank(Applicant), Respondent = Blank(Respondent), Status = Status,
        ReceivedFrom = From is { } f ? DateOnly.FromDateTime(f) : null,
        ReceivedTo = To is { } t ? DateOnly.FromDateTime(t) : null,
        Page = page, PageSize = pageSize,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
