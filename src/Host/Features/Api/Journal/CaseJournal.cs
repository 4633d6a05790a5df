using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Journal;

/// <summary>
/// A case's journal in plain Chinese: its own history and the engine's journal of each of its processes, merged in
/// time order, oldest first. Shared by GET /api/v1/cases/{id}/journal and the staff app's 办理记录.
/// </summary>
internal sealed class CaseJournal(CaseLinks links, WorkflowEngine engine, IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<JournalLine>> LinesAsync(Case @case, bool detailed, CancellationToken cancellationToken = default)
    {
        var names = await NamesAsync(cancellationToken);
        string Person(string actor) => actor == "system" ? "系统" : names.GetValueOrDefault(actor) is { Length: > 0 } n ? n : actor;

        var lines = @case.History.Select(h => new JournalLine(h.At, h.Actor, "案件", $"{h.Action}（状态：{CaseStatusNames.Of(h.Status)}）")).ToList();
        foreach (var root in await links.ProcessesAsync(@case.Id, cancellationToken))
        {
            var tasks = await engine.TreeTasksAsync(root, openOnly: false);
            var labels = tasks.GroupBy(t => t.ElementId).ToDictionary(g => g.Key, g => g.First().Name ?? g.Key);
            string Element(string? elementId) => elementId is null ? "" : labels.GetValueOrDefault(elementId) ?? elementId;
            foreach (var entry in await engine.JournalAsync(root))
            {
                if (JournalText.Of(entry, Element, detailed) is { } text)
                    lines.Add(new JournalLine(entry.At, Person(entry.Actor), "流程", text));
            }
        }

        return [.. lines.OrderBy(l => l.At)];
    }

    // The user manager is scoped (it holds a DbContext); this service is a singleton used by pages and endpoints alike.
    private async Task<Dictionary<string, string>> NamesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
    }
}
