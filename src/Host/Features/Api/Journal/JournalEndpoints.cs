using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Host.Features.Api.Access;

namespace Reconsideration.Host.Features.Api.Journal;

/// <summary>
/// The case's journal: its own history (every step the case services recorded) and the engine's journal of each of its
/// process instances, merged in time order, in plain Chinese (<see cref="CaseJournal"/>).
/// <code>
/// GET /api/v1/cases/{id}/journal        (?detailed=true adds every element entered and left, and variables)
/// </code>
/// </summary>
internal static class JournalEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases/{id:guid}/journal", JournalAsync).WithTags("办理记录").RequireRoles(ApiPolicies.Staff).WithSummary("案件办理记录");

    private static async Task<Ok<IReadOnlyList<JournalLine>>> JournalAsync(Guid id, bool? detailed, CaseAccess access, CaseJournal journal,
        ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await journal.LinesAsync(await access.CaseAsync(user, id, ct), detailed == true, ct));
}
