using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Layout;
using Reconsideration.DocumentGen.Templates;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Documents;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Api.Tasks;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Staff.Forms;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// The task page's work: reading a task with its case (the API's access check, <see cref="TaskViews.CheckedAsync"/>),
/// completing it through the API's own path (<see cref="TaskCompletion"/>), 退回, 委派 and 交回 through the API's
/// <see cref="TaskActions"/>, and previewing the document its form will produce, rendered unsigned and unnumbered and
/// kept briefly for the person who asked.
/// </summary>
internal sealed class StaffTaskWork(WorkflowEngine engine, TaskViews views, TaskCompletion completion, TaskActions actions, CaseQueryService cases,
    DueBadges badges, CaseDocumentIssuing documents, DocumentIssuer issuer, IMemoryCache previews, TimeProvider clock)
{
    /// <summary>How long a rendered preview can be fetched.</summary>
    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromMinutes(10);

    /// <summary>The task for the page.</summary>
    /// <exception cref="ApiException">No such task (404) or a case the person may not see (403), in Chinese.</exception>
    public async Task<TaskPageData> LoadAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken = default)
    {
        var (task, view) = await views.CheckedAsync(user, taskId, cancellationToken);
        var @case = view.CaseId is { } caseId ? await cases.GetAsync(caseId, cancellationToken) : null;
        var deadlines = @case is null ? [] : await cases.DeadlinesAsync(@case.Id, cancellationToken: cancellationToken);
        var variables = (await engine.InstanceAsync(task.InstanceId))?.Variables ?? new Dictionary<string, JsonElement>();
        var now = clock.GetUtcNow();
        var context = new TaskFormContext(task.ElementId, LegalTime.Today(now), badges.Calendar, @case, variables, user.DisplayName());
        var (work, why) = WorkOf(task, view, user);
        var form = work == TaskWork.Done ? null : TaskForms.Create(task.FormKey, task.ElementId);
        form?.Prefill(context);
        // Handed back by a delegate: the form shows what they entered, for the owner to check and complete.
        if (work == TaskWork.Complete && task.Owner is not null) form?.Take(variables);
        var targets = work == TaskWork.Complete ? await actions.ReturnTargetsAsync(user, taskId, cancellationToken) : [];
        var colleagues = work == TaskWork.Complete ? await actions.DelegatesAsync(user, taskId, cancellationToken) : [];
        return new TaskPageData(task, view, @case, deadlines, badges.For(task.DueAt, now, task.DueProvisional), work, why, context, form,
            targets, colleagues);
    }

    /// <summary>What the person may do, and why not.</summary>
    public static (TaskWork Work, string? Why) WorkOf(HumanTask task, TaskView view, ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        if (task.State != HumanTaskState.Open)
        {
            var when = task.EndedAt is { } at ? StaffDates.Day(LegalTime.Today(at)) : "";
            return (TaskWork.Done, task.State == HumanTaskState.Completed
                ? $"此任务已由{task.EndedBy ?? "他人"}于{when}办结，以下为只读信息。"
                : $"此任务已于{when}撤销或退回，不能再办理。");
        }

        if (task.DelegationPending && task.Assignee == actor.UserId)
            return (TaskWork.Resolve, $"此任务由{task.Owner}委派给您：填写后“办结并交回”，由{task.Owner}审核办结。");
        if (task.DelegationPending && task.Owner == actor.UserId)
            return (TaskWork.Refused, $"此任务已委派给{task.Assignee}，待其交回后由您办结。");
        if (task.Assignee == actor.UserId) return (TaskWork.Complete, null);
        if (task.Assignee is { } other) return (TaskWork.Refused, $"此任务已由{other}认领，只有认领人可以办理；如需接手，请对方放弃认领。");
        return task.IsCandidate(actor)
            ? (TaskWork.Claim, "此任务尚未认领：认领后即可填写并办结。")
            : (TaskWork.Refused, $"此任务由{string.Join("、", view.CandidateRoleNames)}办理，您的角色不能办理。");
    }

    /// <summary>Checks the form; if it passes, completes the task as POST /api/v1/tasks/{id}/complete does.</summary>
    public async Task<TaskSubmission> SubmitAsync(ClaimsPrincipal user, TaskPageData page, TaskForm form, CancellationToken cancellationToken = default)
    {
        var errors = form.Validate(page.Context);
        if (errors.Count > 0) return new TaskSubmission(errors, null, null);
        CompletedTask done;
        try
        {
            done = await completion.CompleteAsync(user, page.Task.Id, form.VariableElements(page.Context), cancellationToken);
        }
        catch (Exception e) when (e is WorkflowException or ApiException or CaseException)
        {
            return new TaskSubmission(errors, e.Message, null);
        }

        var actor = user.ToActor();
        var next = done.Next.FirstOrDefault(t => t.CaseId == page.View.CaseId && t.Id != page.Task.Id && t.State == HumanTaskState.Open
            && (t.Assignee == actor.UserId || (t.Assignee is null && (t.CandidateUsers.Contains(actor.UserId) || t.CandidateRoles.Any(actor.Roles.Contains)))));
        return new TaskSubmission(errors, null, next?.Id);
    }

    /// <summary>退回 to an earlier task with the opinion; a refusal names its field (target, reason) or says why.</summary>
    public Task<TaskSubmission> ReturnAsync(ClaimsPrincipal user, TaskPageData page, string? target, string? reason,
        CancellationToken cancellationToken = default) =>
        ActAsync(() => actions.ReturnAsync(user, page.Task.Id, target, reason, cancellationToken));

    /// <summary>委派 to a colleague; a refusal names its field (to) or says why.</summary>
    public Task<TaskSubmission> DelegateAsync(ClaimsPrincipal user, TaskPageData page, string? to, CancellationToken cancellationToken = default) =>
        ActAsync(() => actions.DelegateAsync(user, page.Task.Id, to, cancellationToken));

    /// <summary>交回: checks the form as for completing, then hands the task back with its values.</summary>
    public async Task<TaskSubmission> ResolveAsync(ClaimsPrincipal user, TaskPageData page, TaskForm form, CancellationToken cancellationToken = default)
    {
        var errors = form.Validate(page.Context);
        if (errors.Count > 0) return new TaskSubmission(errors, null, null);
        return await ActAsync(() => actions.ResolveAsync(user, page.Task.Id, form.VariableElements(page.Context), cancellationToken));
    }

    private static async Task<TaskSubmission> ActAsync(Func<Task> act)
    {
        try
        {
            await act();
            return new TaskSubmission(new Dictionary<string, string>(), null, null);
        }
        catch (CaseException e) when (e.Problems.Count > 0)
        {
            return new TaskSubmission(e.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message), null, null);
        }
        catch (Exception e) when (e is WorkflowException or ApiException or CaseException)
        {
            return new TaskSubmission(new Dictionary<string, string>(), e.Message, null);
        }
    }

    /// <summary>Renders the form's document as a preview; the id to fetch it with, or the reason it cannot be written.</summary>
    public async Task<(Guid? Id, string? Error)> PreviewAsync(ClaimsPrincipal user, TaskPageData page, DocumentDraft draft, CancellationToken cancellationToken = default)
    {
        // Checked again: the page may have stood open while the case was given to another handler.
        var (_, view) = await views.CheckedAsync(user, page.Task.Id, cancellationToken);
        if (view.CaseId is not { } caseId) return (null, "此任务不属于任何案件，没有可预览的文书。");
        var @case = await cases.GetAsync(caseId, cancellationToken);
        try
        {
            var content = documents.Content(@case, draft.TypeKey, page.Context.Today, draft.Data);
            var pdf = issuer.Preview(draft.TypeKey, content);
            var id = Guid.NewGuid();
            previews.Set(id, new StaffPreview(user.UserName(), $"{draft.Name}（预览）.pdf", pdf), PreviewLifetime);
            return (id, null);
        }
        catch (Exception e) when (e is TemplateException or LayoutException or MissingGlyphException)
        {
            return (null, $"文书尚不能生成：{e.Message}");
        }
    }

    /// <summary>A preview the person asked for, or null (unknown, expired, or someone else's).</summary>
    public StaffPreview? Preview(ClaimsPrincipal user, Guid id) =>
        previews.TryGetValue(id, out StaffPreview? preview) && preview!.UserName == user.UserName() ? preview : null;
}
