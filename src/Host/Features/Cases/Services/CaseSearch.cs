using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>A case search: every given criterion must match; text criteria match a part of the value.</summary>
public sealed record CaseSearch
{
    /// <summary>Part of the case number, e.g. "〔2026〕12".</summary>
    public string? Number { get; init; }

    /// <summary>Part of an applicant's name.</summary>
    public string? Applicant { get; init; }

    /// <summary>Part of the respondent's name.</summary>
    public string? Respondent { get; init; }

    /// <summary>The status.</summary>
    public CaseStatus? Status { get; init; }

    /// <summary>Received on or after.</summary>
    public DateOnly? ReceivedFrom { get; init; }

    /// <summary>Received on or before.</summary>
    public DateOnly? ReceivedTo { get; init; }

    /// <summary>1-based page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Cases per page, 1–100.</summary>
    public int PageSize { get; init; } = 20;
}
