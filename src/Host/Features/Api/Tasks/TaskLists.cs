using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>
/// A page of a person's task list for the API and the staff pages: the engine filters, sorts, pages and counts in
/// the database (<see cref="WorkflowEngine.TaskPageAsync"/>), narrowed to the process trees of the cases the person
/// may see (<see cref="CaseAccess.VisibleRootsAsync"/>) and, when asked, of the cases against a respondent; the
/// page's tasks are then joined to their cases in two reads, whatever the list's length.
/// </summary>
internal sealed class TaskLists(WorkflowEngine engine, CaseAccess access, CaseLinks links, CaseQueryService cases)
{
    /// <param name="user">Whose list; the query's actor is set from it.</param>
    /// <param name="query">Scope, text, order and page (its trees are replaced by the person's).</param>
    /// <param name="respondent">Part of the respondent's name; blank: any.</param>
    public async Task<TaskListPage> PageAsync(ClaimsPrincipal user, TaskListQuery query, string? respondent, CancellationToken cancellationToken = default)
    {
        var roots = await access.VisibleRootsAsync(user, cancellationToken);
        if (respondent?.Trim() is { Length: > 0 } part)
        {
            var theirs = await links.RootsOfCasesAsync(await cases.IdsByRespondentAsync(part, cancellationToken), cancellationToken);
            roots = roots is null ? theirs : [.. theirs.Intersect(roots)];
        }

        var page = await engine.TaskPageAsync(query with { Actor = user.ToActor(), RootInstanceIds = roots });
        var caseOf = await links.CasesOfRootsAsync([.. page.Items.Select(t => t.RootInstanceId).Distinct()], cancellationToken);
        var summaries = await cases.SummariesAsync([.. caseOf.Values.Distinct()], cancellationToken);
        return new TaskListPage(
            [.. page.Items.Select(t => new TaskListLine(t, caseOf.TryGetValue(t.RootInstanceId, out var id) ? summaries.GetValueOrDefault(id) : null))],
            page.Total);
    }
}
