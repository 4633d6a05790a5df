using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>One line of the case register.</summary>
public sealed record CaseListItem(
    Guid Id,
    string Number,
    CaseStatus Status,
    string StatusName,
    Procedure Procedure,
    DateOnly ReceivedOn,
    string Applicants,
    string Respondent,
    long Revision,
    string? Handler,
    string? HandlerName);
