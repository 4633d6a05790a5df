namespace Reconsideration.Host.Features.Api.Access;

/// <summary>The handler (承办人) of a case.</summary>
/// <param name="Handler">The handler's user name.</param>
/// <param name="HandlerName">The handler's name.</param>
/// <param name="AssignedAt">When the case was assigned.</param>
/// <param name="AssignedBy">Who assigned it.</param>
public sealed record CaseAssignment(string Handler, string HandlerName, DateTimeOffset AssignedAt, string AssignedBy);
