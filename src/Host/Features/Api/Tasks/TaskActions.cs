using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Tasks;

/// <summary>
/// What a person does to a task besides completing it — 认领, 放弃认领, 退回, 委派, 交回 — for the API and the staff
/// pages alike: the per-case check first (<see cref="TaskViews.CheckedAsync"/>), then the engine, which checks who may.
/// Claiming a task for handlers makes a handler the case's 承办人 when it has none (<see cref="CaseAccess.TakeIfUnassignedAsync"/>).
/// 退回 goes only to an earlier task reached from the target through people's tasks alone: returning past an automatic
/// step (a document issued, a status set) would not undo it. 委派 goes only to a colleague with a role (or the name)
/// the task is for who may see the case, so the delegate can open what they are given.
/// </summary>
internal sealed class TaskActions(WorkflowEngine engine, TaskViews views, CaseAccess access, CaseLinks links, IServiceScopeFactory scopes)
{
    public async Task<TaskView> ClaimAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default)
    {
        var (_, view) = await views.CheckedAsync(user, taskId, cancellationToken);
        var claimed = await engine.ClaimAsync(taskId, user.ToActor());
        await access.TakeIfUnassignedAsync(user, claimed, view.CaseId, cancellationToken);
        return TaskViews.View(claimed, view.CaseId, view.CaseNumber);
    }

    public async Task<TaskView> UnclaimAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default)
    {
        var (_, view) = await views.CheckedAsync(user, taskId, cancellationToken);
        return TaskViews.View(await engine.UnclaimAsync(taskId, user.ToActor()), view.CaseId, view.CaseNumber);
    }

    /// <summary>The earlier tasks this one may be returned to, the latest done first.</summary>
    public async Task<IReadOnlyList<ReturnTarget>> ReturnTargetsAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default)
    {
        await views.CheckedAsync(user, taskId, cancellationToken);
        return [.. (await engine.ReturnTargetsAsync(taskId)).Where(t => t.Direct)];
    }

    /// <summary>退回 with the opinion; the task ends as returned and the target's task opens again.</summary>
    public async Task<CompletedTask> ReturnAsync(ClaimsPrincipal user, Guid taskId, string? target, string? reason, CancellationToken cancellationToken = default)
    {
        var targets = await ReturnTargetsAsync(user, taskId, cancellationToken);
        var problems = new List<ValidationProblem>();
        if (targets.Count == 0) problems.Add(new("target", "此任务没有可以退回的环节：只能退回到本流程中已经办理过、且与本环节之间没有自动步骤的环节。"));
        else if (targets.All(t => t.ElementId != target))
            problems.Add(new("target", $"请选择退回到哪个环节：{string.Join("、", targets.Select(t => $"“{t.Name}”"))}。"));
        if (string.IsNullOrWhiteSpace(reason)) problems.Add(new("reason", "请填写退回意见：说明退回的理由和需要补正的内容。"));
        CaseException.ThrowIfAny(problems);
        var outcome = await engine.ReturnAsync(taskId, user.ToActor(), target!, reason!.Trim());
        return new CompletedTask(await views.ViewAsync(outcome.Task, cancellationToken), await views.VisibleAsync(user, outcome.OpenTasks, cancellationToken));
    }

    /// <summary>The colleagues the task may be delegated to, by name.</summary>
    public async Task<IReadOnlyList<Colleague>> DelegatesAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default)
    {
        var (task, view) = await views.CheckedAsync(user, taskId, cancellationToken);
        return await ColleaguesAsync(user, task, view.CaseId, cancellationToken);
    }

    /// <summary>委派: the task goes to the colleague, who hands it back (交回) when done.</summary>
    public async Task<TaskView> DelegateAsync(ClaimsPrincipal user, Guid taskId, string? to, CancellationToken cancellationToken = default)
    {
        var (task, view) = await views.CheckedAsync(user, taskId, cancellationToken);
        if (string.IsNullOrWhiteSpace(to)) throw CaseException.Invalid("to", "请选择被委派人。");
        var colleagues = await ColleaguesAsync(user, task, view.CaseId, cancellationToken);
        if (colleagues.All(c => c.UserName != to))
            throw CaseException.Invalid("to", $"不能委派给“{to}”：只能委派给{RolesText(task)}中可以查看本案的其他同事。");
        return TaskViews.View(await engine.DelegateAsync(taskId, user.ToActor(), to), view.CaseId, view.CaseNumber);
    }

    /// <summary>交回: the delegate hands the task back to whoever delegated it, with the form's values as process variables.</summary>
    public async Task<TaskView> ResolveAsync(ClaimsPrincipal user, Guid taskId, IReadOnlyDictionary<string, JsonElement>? form,
        CancellationToken cancellationToken = default)
    {
        var (_, view) = await views.CheckedAsync(user, taskId, cancellationToken);
        var resolved = await engine.ResolveAsync(taskId, user.ToActor(), form?.ToDictionary(kv => kv.Key, kv => (object?)kv.Value));
        return TaskViews.View(resolved, view.CaseId, view.CaseNumber);
    }

    private async Task<IReadOnlyList<Colleague>> ColleaguesAsync(ClaimsPrincipal user, HumanTask task, Guid? caseId, CancellationToken cancellationToken)
    {
        var handler = caseId is { } id ? await links.HandlerAsync(id, cancellationToken) : null;
        // The user manager is scoped (it holds a DbContext); this service is a singleton used by pages and endpoints alike.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var people = new Dictionary<string, StaffUser>();
        foreach (var role in task.CandidateRoles)
            foreach (var person in await users.GetUsersInRoleAsync(role)) people.TryAdd(person.UserName!, person);
        foreach (var name in task.CandidateUsers)
            if (await users.FindByNameAsync(name) is { } person) people.TryAdd(person.UserName!, person);

        var colleagues = new List<Colleague>();
        foreach (var person in people.Values.Where(p => p.UserName != user.UserName()).OrderBy(p => p.UserName, StringComparer.Ordinal))
        {
            var roles = (await users.GetRolesAsync(person)).ToList();
            if (await users.IsLockedOutAsync(person) || !CaseAccess.MaySee(person.UserName!, roles, handler)) continue;
            colleagues.Add(new Colleague(person.UserName!, person.DisplayName, [.. roles.Select(StaffRoles.ChineseName)]));
        }

        return colleagues;
    }

    private static string RolesText(HumanTask task) =>
        task.CandidateRoles.Count == 0 ? "任务指定的办理人" : $"{string.Join("、", task.CandidateRoles.Select(StaffRoles.ChineseName))}角色";
}
