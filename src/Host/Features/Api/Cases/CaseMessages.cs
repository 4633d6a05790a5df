using System.Security.Claims;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>
/// Events that happen to a case outside its tasks (docs/workflows.md, "Messages"), sent to its waiting workflow,
/// correlated on the case number; the API's messages endpoint and the case workspace both send through here.
/// </summary>
internal sealed class CaseMessages(CaseAccess access, CaseLinks links, WorkflowEngine engine)
{
    /// <summary>The messages of the shipped workflow; any other name is refused rather than sent into the engine.</summary>
    public static readonly IReadOnlyList<string> Known = ["补正材料已提交", "补正期限延长", "中止审理", "恢复审理", "终止审理", "申请撤回", "申请延期审理"];

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
        if (!ApiPolicies.Steps.Any(user.IsInRole))
            throw ApiException.Forbidden("只有承办人、审核人或局长可以办理案件的中止、恢复、撤回、延期等事项。");
        var @case = await access.CaseAsync(user, caseId, cancellationToken);
        if (name is null || !Known.Contains(name))
            throw new ApiException(StatusCodes.Status400BadRequest, $"消息“{name}”不是本流程的消息；可用：{string.Join("、", Known)}。");
        await engine.CorrelateMessageAsync(name, @case.Number, variables, user.ToActor());
        return @case;
    }
}
