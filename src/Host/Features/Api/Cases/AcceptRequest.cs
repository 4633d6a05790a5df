using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>受理: the day, the procedure, and for the simplified procedure its reason (Art. 53).</summary>
public sealed record AcceptRequest(long? ExpectedRevision, DateOnly? AcceptedOn, Procedure? Procedure, string? ProcedureReason);
