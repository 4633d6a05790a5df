using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Cases.Services.Deadlines;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// Case search and deadlines for the pages, with the API's access rules (<see cref="CaseAccess"/>): the register
/// line of every case is listed to every role, as GET /api/v1/cases does, and marked whether the user may open it;
/// deadlines are only shown for cases the user may see.
/// </summary>
internal sealed class StaffCases(CaseQueryService queries, DeadlineQueryService deadlines, CaseLinks links, CaseAccess access, DueBadges badges,
    TimeProvider clock)
{
    public async Task<CaseResults> SearchAsync(ClaimsPrincipal user, CaseSearch search, CancellationToken cancellationToken = default)
    {
        try
        {
            var found = await queries.SearchAsync(search, cancellationToken);
            var handlers = await links.HandlersOfAsync([.. found.Items.Select(s => s.Id)], cancellationToken);
            var rows = found.Items.Select(s =>
            {
                var handler = handlers.GetValueOrDefault(s.Id);
                return new CaseRow(s, handler?.HandlerName, CaseAccess.MaySee(user, handler));
            }).ToList();
            return new CaseResults(rows, found.Total, found.Page, found.Pages);
        }
        catch (CaseException e)
        {
            return new CaseResults([], 0, search.Page, 1, e.Message);
        }
    }

    /// <summary>Periods with at most three working days left, soonest first.</summary>
    public Task<IReadOnlyList<DeadlineRow>> ApproachingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RowsAsync(user, deadlines.ApproachingAsync, cancellationToken);

    /// <summary>Periods past their last day, longest overdue first.</summary>
    public Task<IReadOnlyList<DeadlineRow>> OverdueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        RowsAsync(user, deadlines.OverdueAsync, cancellationToken);

    private async Task<IReadOnlyList<DeadlineRow>> RowsAsync(ClaimsPrincipal user,
        Func<DateTimeOffset, DeadlineObligor?, CancellationToken, Task<IReadOnlyList<CaseDeadline>>> query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = LegalTime.Today(now);
        var found = await query(now, null, cancellationToken);
        var maySee = await access.FilterAsync(user, found.Select(d => d.CaseId), cancellationToken);
        return [.. found.Where(d => maySee(d.CaseId))
            .Select(d => new DeadlineRow(d.CaseId, d.CaseNumber, d.RuleName, d.Subject, badges.For(d.Due, today, d.Provisional)))];
    }
}
