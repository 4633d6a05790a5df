using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services;

/// <summary>One line of a case list.</summary>
public sealed record CaseSummary(
    Guid Id,
    string Number,
    CaseStatus Status,
    string StatusName,
    Procedure Procedure,
    DateOnly ReceivedOn,
    string Applicants,
    string Respondent,
    long Revision);
