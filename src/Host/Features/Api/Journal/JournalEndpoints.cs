using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Journal;

/// <summary>
/// The case's journal: its own history (every step the case services recorded) and the engine's journal of each of its
/// process instances, merged in time order, in plain Chinese.
/// <code>
/// GET /api/v1/cases/{id}/journal        (?detailed=true adds every element entered and left, and variables)
/// </code>
/// </summary>
internal static class JournalEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases/{id:guid}/journal", JournalAsync).WithTags("办理记录").RequireRoles(ApiPolicies.Staff).WithSummary("案件办理记录");

    private static async Task<Ok<IReadOnlyList<JournalLine>>> JournalAsync(Guid id, bool? detailed, CaseAccess access, CaseLinks links,
        WorkflowEngine engine, UserManager<StaffUser> users, ClaimsPrincipal user, CancellationToken ct)
    {
        var @case = await access.CaseAsync(user, id, ct);
        var names = await users.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        string Person(string actor) => actor == "system" ? "系统" : names.GetValueOrDefault(actor) is { Length: > 0 } n ? n : actor;

        var lines = @case.History.Select(h => new JournalLine(h.At, h.Actor, "案件", $"{h.Action}（状态：{CaseStatusNames.Of(h.Status)}）")).ToList();
        foreach (var root in await links.ProcessesAsync(id, ct))
        {
            var tasks = await engine.TreeTasksAsync(root, openOnly: false);
            var labels = tasks.GroupBy(t => t.ElementId).ToDictionary(g => g.Key, g => g.First().Name ?? g.Key);
            string Element(string? elementId) => elementId is null ? "" : labels.GetValueOrDefault(elementId) ?? elementId;
            foreach (var entry in await engine.JournalAsync(root))
            {
                if (JournalText.Of(entry, Element, detailed == true) is { } text)
                    lines.Add(new JournalLine(entry.At, Person(entry.Actor), "流程", text));
            }
        }

        return TypedResults.Ok<IReadOnlyList<JournalLine>>([.. lines.OrderBy(l => l.At)]);
    }
}
