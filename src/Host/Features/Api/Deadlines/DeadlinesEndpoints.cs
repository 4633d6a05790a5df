using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;

namespace Reconsideration.Host.Features.Api.Deadlines;

/// <summary>
/// Statutory periods, computed on each call (docs/cases.md, "Legal periods").
/// <code>
/// GET /api/v1/cases/{id}/deadlines      every period of the case with its last day and the Chinese explanation
/// GET /api/v1/deadlines/approaching     ≤ 3 working days left, across the cases the user may see (?obligor=Agency)
/// GET /api/v1/deadlines/overdue         last day passed, act not done
/// </code>
/// </summary>
internal static class DeadlinesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/deadlines", CaseAsync).WithTags("期限").RequireRoles(ApiPolicies.Staff).WithSummary("案件的法定期限");
        var across = api.MapGroup("/deadlines").WithTags("期限").RequireRoles(ApiPolicies.Staff);
        across.MapGet("/approaching", ApproachingAsync).WithSummary("即将到期的期限");
        across.MapGet("/overdue", OverdueAsync).WithSummary("已超期的期限");
    }

    private static async Task<Ok<IReadOnlyList<CaseDeadline>>> CaseAsync(Guid id, CaseAccess access, CaseQueryService queries, ClaimsPrincipal user,
        CancellationToken ct)
    {
        await access.CaseAsync(user, id, ct);
        return TypedResults.Ok(await queries.DeadlinesAsync(id, cancellationToken: ct));
    }

    private static async Task<Ok<IReadOnlyList<CaseDeadline>>> ApproachingAsync(DeadlineObligor? obligor, DeadlineQueryService deadlines,
        CaseAccess access, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await VisibleAsync(await deadlines.ApproachingAsync(clock.GetUtcNow(), obligor, ct), access, user, ct));

    private static async Task<Ok<IReadOnlyList<CaseDeadline>>> OverdueAsync(DeadlineObligor? obligor, DeadlineQueryService deadlines,
        CaseAccess access, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await VisibleAsync(await deadlines.OverdueAsync(clock.GetUtcNow(), obligor, ct), access, user, ct));

    private static async Task<IReadOnlyList<CaseDeadline>> VisibleAsync(IReadOnlyList<CaseDeadline> deadlines, CaseAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var maySee = await access.FilterAsync(user, deadlines.Select(d => d.CaseId), ct);
        return [.. deadlines.Where(d => maySee(d.CaseId))];
    }
}
