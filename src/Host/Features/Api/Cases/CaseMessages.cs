using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Features.Identity;
using Reconsideration.Workflows;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>
/// Events that happen to a case outside its tasks (docs/workflows.md, "Messages"), sent to its waiting workflow,
/// correlated on the case number: the API's messages endpoint, the case workspace and the step routes (which send the
/// message of their step when a process of the case runs, so that the API and the workflow agree) all send through here.
/// </summary>
internal sealed class CaseMessages(CaseAccess access, CaseLinks links, WorkflowEngine engine, AcceptanceService acceptance, TimeProvider clock)
{
    /// <summary>The message of corrected materials received, which is also a step of the case (Art. 31 ¶3).</summary>
    public const string CorrectionReceived = "补正材料已提交";

    /// <summary>The message of an extended correction period (Art. 31 ¶2).</summary>
    public const string CorrectionExtended = "补正期限延长";

    /// <summary>The messages of the shipped workflow; any other name is refused rather than sent into the engine.</summary>
    public static readonly IReadOnlyList<string> Known = [CorrectionReceived, CorrectionExtended, "中止审理", "恢复审理", "终止审理", "申请撤回", "申请延期审理"];

    /// <summary>The known messages the case's processes wait for now, in the order of <see cref="Known"/>.</summary>
    public async Task<IReadOnlyList<string>> AwaitedAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var awaited = new HashSet<string>();
        foreach (var root in await links.ProcessesAsync(caseId, cancellationToken)) awaited.UnionWith(await engine.AwaitedMessagesAsync(root));
        return [.. Known.Where(awaited.Contains)];
    }

    /// <summary>Sends the message for the case, if the user may see it; the engine refuses (NotFound) when nothing waits for it.</summary>
    public async Task<Case> SendAsync(ClaimsPrincipal user, Guid caseId, string? name, IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken = default)
    {
        var @case = await StepCaseAsync(user, caseId, cancellationToken);
        if (name is null || !Known.Contains(name))
            throw new ApiException(StatusCodes.Status400BadRequest, $"消息“{name}”不是本流程的消息；可用：{string.Join("、", Known)}。");
        // Named in the case history when called from a staff page, which has no HTTP request.
        using var actor = CaseActorScope.As(user);
        // The review starts again from the day the materials arrived only if the case records their receipt, as the step
        // route …/correction/materials-received does; recorded only when the workflow waits for them.
        if (name == CorrectionReceived && @case.Status == CaseStatus.CorrectionRequested && (await AwaitedAsync(caseId, cancellationToken)).Contains(name))
            @case = await acceptance.RecordCorrectedMaterialsAsync(caseId, LegalTime.Today(clock), @case.Revision, cancellationToken);
        await engine.CorrelateMessageAsync(name, @case.Number, variables, user.ToActor());
        return @case;
    }

    /// <summary>
    /// 延长补正期限 (Art. 31 ¶2) from a staff page: records the new last day and reason on the case, then sends
    /// 补正期限延长 so the workflow waits for the materials until that day — what the step route …/correction/extend does.
    /// </summary>
    public async Task<Case> ExtendCorrectionAsync(ClaimsPrincipal user, Guid caseId, DateOnly until, string? reason,
        CancellationToken cancellationToken = default)
    {
        var @case = await StepCaseAsync(user, caseId, cancellationToken);
        using var actor = CaseActorScope.As(user);
        var changed = await acceptance.ExtendCorrectionPeriodAsync(caseId, until, reason ?? "", @case.Revision, cancellationToken);
        await engine.CorrelateMessageAsync(CorrectionExtended, changed.Number, CorrectionPeriod(until, LegalTime.Today(clock)), user.ToActor());
        return changed;
    }

    /// <summary>The case, if the user is one who handles its events and may see it.</summary>
    private async Task<Case> StepCaseAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken) =>
        ApiPolicies.Steps.Any(user.IsInRole)
            ? await access.CaseAsync(user, caseId, cancellationToken)
            : throw ApiException.Forbidden("只有承办人、审核人或局长可以办理案件的中止、恢复、撤回、延期等事项。");

    /// <summary>The variables of 补正期限延长: the calendar days from today to the new last day (CPL Art. 85).</summary>
    public static IReadOnlyDictionary<string, object?> CorrectionPeriod(DateOnly until, DateOnly today) =>
        new Dictionary<string, object?> { ["correctionPeriod"] = $"P{until.DayNumber - today.DayNumber}CD" };

    /// <summary>Whether a process of the case is still running.</summary>
    public async Task<bool> OnWorkflowAsync(Guid caseId, CancellationToken cancellationToken)
    {
        foreach (var root in await links.ProcessesAsync(caseId, cancellationToken))
        {
            if (await engine.InstanceAsync(root) is { State: InstanceState.Active }) return true;
        }

        return false;
    }

    /// <summary>
    /// Sends <paramref name="name"/> to the case's workflow for a step route that has checked access itself; the engine
    /// answers 404 when nothing waits for it.
    /// </summary>
    public Task SendAsync(Case @case, string name, Actor actor, IReadOnlyDictionary<string, object?>? variables = null) =>
        engine.CorrelateMessageAsync(name, @case.Number, variables, actor);

    /// <summary>Completes the open approval task <paramref name="elementId"/> of the case as <paramref name="actor"/>: approved.</summary>
    public async Task ApproveAsync(Guid caseId, string elementId, Actor actor, string comment, CancellationToken cancellationToken)
    {
        foreach (var root in await links.ProcessesAsync(caseId, cancellationToken))
        {
            foreach (var task in await engine.TreeTasksAsync(root))
            {
                if (task.ElementId != elementId) continue;
                await engine.CompleteAsync(task.Id, actor, new Dictionary<string, object?> { ["approved"] = true, ["approvalComment"] = comment });
                return;
            }
        }
    }
}
