using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>A case as the API returns it: the whole case, its status in Chinese, its handler and its process instances.</summary>
/// <param name="Case">The case; <c>case.revision</c> is what a step's <c>expectedRevision</c> must carry.</param>
/// <param name="StatusName">The status in Chinese, e.g. "审理中".</param>
/// <param name="Handler">The handler (承办人), null when unassigned.</param>
/// <param name="ProcessInstances">The root process instances started for the case.</param>
public sealed record CaseDetail(Case Case, string StatusName, CaseAssignment? Handler, IReadOnlyList<Guid> ProcessInstances);
