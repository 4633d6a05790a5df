using System.Security.Claims;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Access;

/// <summary>
/// Per-case access, checked on every endpoint that names a case (docs/api.md). A handler (承办人) sees the cases
/// assigned to them and the unassigned ones; every other role sees every case — the clerk registers and serves for the
/// whole agency, the reviewer, the bureau head and the district leader approve across it, the administrator assigns.
/// Another handler's case is refused with 403 and names its handler, so the person knows whom to ask: inside one
/// bureau the existence of a case number is no secret, its content is.
/// </summary>
internal sealed class CaseAccess(CaseQueryService cases, CaseLinks links)
{
    /// <summary>The case, if the user may see it; else 404 (no such case) or 403.</summary>
    public async Task<Case> CaseAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var @case = await cases.GetAsync(caseId, cancellationToken);
        await RequireAsync(user, @case, cancellationToken);
        return @case;
    }

    /// <summary>Refuses with 403 unless the user may see <paramref name="case"/>.</summary>
    public async Task RequireAsync(ClaimsPrincipal user, Case @case, CancellationToken cancellationToken = default)
    {
        var handler = await links.HandlerAsync(@case.Id, cancellationToken);
        if (!MaySee(user, handler))
            throw ApiException.Forbidden(handler is null
                ? $"您的角色不办理案件，无权查看案件{@case.Number}。"
                : $"案件{@case.Number}由承办人{handler.HandlerName}办理，您无权查看或办理。如需参与，请由审核人或局长调整承办人。");
    }

    /// <summary>Whether a user with these roles may see a case with this handler (null: unassigned).</summary>
    public static bool MaySee(ClaimsPrincipal user, CaseAssignment? handler) => MaySee(user.UserName(), user.Roles(), handler);

    /// <summary>Whether the person with this user name and these roles may see a case with this handler (null: unassigned).</summary>
    public static bool MaySee(string userName, IReadOnlyCollection<string> roles, CaseAssignment? handler)
    {
        if (SeesEveryCase(roles)) return true;
        return roles.Contains(StaffRoles.Handler) && (handler is null || handler.Handler == userName);
    }

    /// <summary>
    /// The process trees of the cases the user may see, for lists the database filters (the task lists): null when the
    /// user sees every case. A handler's list is only their cases' and the unassigned cases' processes.
    /// </summary>
    public async Task<IReadOnlyCollection<Guid>?> VisibleRootsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var roles = user.Roles();
        if (SeesEveryCase(roles)) return null;
        return roles.Contains(StaffRoles.Handler) ? await links.RootsVisibleToHandlerAsync(user.UserName(), cancellationToken) : [];
    }

    /// <summary>
    /// A filter over the case ids of a list across cases (deadlines, the tasks after a completion): one read of the
    /// assignments of just these cases, none for a person who sees every case.
    /// </summary>
    public async Task<Func<Guid, bool>> FilterAsync(ClaimsPrincipal user, IEnumerable<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        if (SeesEveryCase(user.Roles())) return _ => true;
        var handlers = await links.HandlersOfAsync([.. caseIds.Distinct()], cancellationToken);
        return id => MaySee(user, handlers.GetValueOrDefault(id));
    }

    /// <summary>
    /// 承办人 by taking a task (docs/cases.md): a handler who claims or completes a task for handlers of a case without a
    /// handler becomes its handler, as if they had assigned it to themselves (PUT /cases/{id}/handler).
    /// </summary>
    public async Task TakeIfUnassignedAsync(ClaimsPrincipal user, HumanTask task, Guid? caseId, CancellationToken cancellationToken = default)
    {
        if (caseId is not { } id || !user.Roles().Contains(StaffRoles.Handler) || !task.CandidateRoles.Contains(StaffRoles.Handler)) return;
        await links.AssignIfNoneAsync(id, user.UserName(), user.DisplayName(), user.DisplayName(), cancellationToken);
    }

    /// <summary>Every casework role but the handler's works across the agency (the designer's role sees no case).</summary>
    private static bool SeesEveryCase(IEnumerable<string> roles) => roles.Any(r => r != StaffRoles.Handler && StaffRoles.Casework.Contains(r));
}
