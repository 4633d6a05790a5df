using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Reconsideration.Host.Features.Api.Access;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Api.Cases;

/// <summary>
/// The steps of a case, each calling the case services with the revision the caller saw (stale → 409; not allowed in the
/// case's status → 422; invalid → 400 listing every problem). When a process of the case runs, the steps that have a
/// workflow message send it (docs/workflows.md "Messages"; suspension is then only proposed, see docs/api.md).
/// <code>
/// POST /api/v1/cases/{id}/accept                          受理
/// POST /api/v1/cases/{id}/refuse                          不予受理
/// POST /api/v1/cases/{id}/forward                         转送
/// POST /api/v1/cases/{id}/correction                      通知补正
/// POST /api/v1/cases/{id}/correction/extend               延长补正期限
/// POST /api/v1/cases/{id}/correction/materials-received   收到补正材料
/// POST /api/v1/cases/{id}/abandonment                     视为放弃
/// POST /api/v1/cases/{id}/suspend                         中止审理
/// POST /api/v1/cases/{id}/resume                          恢复审理
/// POST /api/v1/cases/{id}/extend                          延长审理期限 (bureau head)
/// POST /api/v1/cases/{id}/convert-to-ordinary             简易程序转普通程序
/// POST /api/v1/cases/{id}/copy-sent                       发送申请书副本
/// POST /api/v1/cases/{id}/reply                           收到答复
/// POST /api/v1/cases/{id}/hearing                         安排听证
/// POST /api/v1/cases/{id}/hearing/notice                  发出听证通知
/// POST /api/v1/cases/{id}/decision                        作出决定
/// POST /api/v1/cases/{id}/close                           结案
/// </code>
/// </summary>
internal static class CaseStepsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var steps = api.MapGroup("/cases/{id:guid}").WithTags("案件办理");
        Step<AcceptRequest>(steps, "/accept", "受理", (c, r, n) =>
        {
            var on = n.Value(r.AcceptedOn, "acceptedOn", "受理日期");
            return n.Then(r.ExpectedRevision, rev => c.Get<AcceptanceService>()
                .AcceptAsync(c.Id, on, r.Procedure ?? Procedure.Ordinary, r.ProcedureReason, rev, c.Token));
        });
        Step<RefuseRequest>(steps, "/refuse", "不予受理", (c, r, n) =>
        {
            var refusal = new Refusal
            {
                DecidedOn = n.Value(r.DecidedOn, "decidedOn", "决定日期"), Reasons = n.Text(r.Reasons, "reasons", "不予受理的理由"),
                Articles = r.Articles ?? [], CompetentOrgan = r.CompetentOrgan,
            };
            return n.Then(r.ExpectedRevision, rev => c.Get<AcceptanceService>().RefuseAsync(c.Id, refusal, rev, c.Token));
        });
        Step<ForwardRequest>(steps, "/forward", "转送", (c, r, n) =>
        {
            var forwarding = new Forwarding
            {
                On = n.Value(r.On, "on", "转送日期"), To = n.Text(r.To, "to", "接受转送的机关"), Reason = n.Text(r.Reason, "reason", "转送理由"),
            };
            return n.Then(r.ExpectedRevision, rev => c.Get<AcceptanceService>().ForwardAsync(c.Id, forwarding, rev, c.Token));
        });
        Step<CorrectionRequest>(steps, "/correction", "通知补正", (c, r, n) =>
        {
            var on = n.Value(r.RequestedOn, "requestedOn", "补正通知日期");
            return n.Then(r.ExpectedRevision, rev => c.Get<AcceptanceService>().RequestCorrectionAsync(c.Id, on, r.Items ?? [], rev, c.Token));
        });
        Step<CorrectionExtensionRequest>(steps, "/correction/extend", "延长补正期限", (c, r, n) =>
        {
            var until = n.Value(r.Until, "until", "延长后的补正期限");
            var reason = n.Text(r.Reason, "reason", "延长理由");
            return n.Then(r.ExpectedRevision, async rev =>
            {
                var changed = await c.Get<AcceptanceService>().ExtendCorrectionPeriodAsync(c.Id, until, reason, rev, c.Token);
                return await c.ThenSendAsync(changed, CaseMessages.CorrectionExtended,
                    CaseMessages.CorrectionPeriod(until, LegalTime.Today(c.Get<TimeProvider>())));
            });
        });
        Dated(steps, "/correction/materials-received", "收到补正材料", "收到补正材料日期", async (c, on, rev) =>
            await c.ThenSendAsync(await c.Get<AcceptanceService>().RecordCorrectedMaterialsAsync(c.Id, on, rev, c.Token), "补正材料已提交"));
        Dated(steps, "/abandonment", "视为放弃", "记录日期",
            (c, on, rev) => c.Get<AcceptanceService>().RecordAbandonmentAsync(c.Id, on, rev, c.Token));
        Step<SuspendRequest>(steps, "/suspend", "中止审理", (c, r, n) =>
        {
            var from = n.Value(r.From, "from", "中止日期");
            var item = n.Value(r.GroundItem, "groundItem", "中止事由（第三十九条第一款的项）");
            var reason = n.Text(r.Reason, "reason", "中止原因");
            return n.Then(r.ExpectedRevision, async rev =>
            {
                if (!await c.OnWorkflowAsync()) return await c.Get<ReviewService>().SuspendAsync(c.Id, from, item, reason, rev, c.Token);
                // On a workflow the handler proposes: the bureau head approves (ApproveSuspension) and the suspension
                // notice records the suspension. The domain's checks run now, on a copy, so a bad request sends nothing.
                if (rev != c.Case.Revision) throw new CaseException(CaseErrorKind.Conflict, $"案件{c.Case.Number}已被他人修改，您看到的不是最新内容；请刷新后重新操作。");
                _ = c.Case.Suspend(from, item, reason);
                await c.Get<CaseMessages>().SendAsync(c.Case, "中止审理", c.Actor,
                    new Dictionary<string, object?> { ["suspensionGround"] = item, ["suspensionReason"] = reason });
                return c.Case;
            });
        });
        Dated(steps, "/resume", "恢复审理", "恢复审理日期", async (c, on, rev) =>
            await c.ThenSendAsync(await c.Get<ReviewService>().ResumeAsync(c.Id, on, rev, c.Token), "恢复审理"));
        Step<ExtendRequest>(steps, "/extend", "延长审理期限", (c, r, n) =>
        {
            var days = n.Value(r.Days, "days", "延长天数");
            var approvedOn = n.Value(r.ApprovedOn, "approvedOn", "批准日期");
            var reason = n.Text(r.Reason, "reason", "延期理由");
            return n.Then(r.ExpectedRevision, async rev =>
            {
                var extended = await c.Get<ReviewService>().ExtendAsync(c.Id, days, approvedOn, reason, rev, c.Token);
                if (!await c.OnWorkflowAsync()) return extended;
                // The route is the bureau head's approval: the workflow's request is sent and its approval task completed.
                await c.Get<CaseMessages>().SendAsync(extended, "申请延期审理", c.Actor,
                    new Dictionary<string, object?> { ["extensionDays"] = days, ["extensionReason"] = reason });
                await c.Get<CaseMessages>().ApproveAsync(c.Id, "ApproveExtension", c.Actor, reason, c.Token);
                return extended;
            });
        }, ApiPolicies.Extension);
        Step<ConvertRequest>(steps, "/convert-to-ordinary", "转为普通程序", (c, r, n) =>
        {
            var on = n.Value(r.On, "on", "转换日期");
            var reason = n.Text(r.Reason, "reason", "转换理由");
            return n.Then(r.ExpectedRevision, rev => c.Get<ReviewService>().ConvertToOrdinaryAsync(c.Id, on, reason, rev, c.Token));
        });
        Dated(steps, "/copy-sent", "发送申请书副本", "发送日期", (c, on, rev) => c.Get<ReviewService>().RecordCopySentAsync(c.Id, on, rev, c.Token));
        Dated(steps, "/reply", "收到被申请人答复", "答复日期", (c, on, rev) => c.Get<ReviewService>().RecordReplyAsync(c.Id, on, rev, c.Token));
        Step<HearingRequest>(steps, "/hearing", "安排听证", (c, r, n) =>
        {
            var on = n.Value(r.On, "on", "听证日期");
            var place = n.Text(r.Place, "place", "听证地点");
            return n.Then(r.ExpectedRevision, rev => c.Get<ReviewService>().ScheduleHearingAsync(c.Id, on, place, rev, c.Token));
        });
        Dated(steps, "/hearing/notice", "发出听证通知", "听证通知日期",
            (c, on, rev) => c.Get<ReviewService>().RecordHearingNoticeAsync(c.Id, on, rev, c.Token));
        Step<DecisionRequest>(steps, "/decision", "作出决定", (c, r, n) =>
        {
            var decision = new Decision
            {
                Type = n.Value(r.Type, "type", "决定类型"), Holding = r.Holding ?? "", Articles = r.Articles ?? [],
                DecidedOn = n.Value(r.DecidedOn, "decidedOn", "决定日期"),
            };
            return n.Then(r.ExpectedRevision, rev => c.Get<ClosingService>().RecordDecisionAsync(c.Id, decision, rev, c.Token));
        }, ApiPolicies.Decision);
        Dated(steps, "/close", "结案", "结案日期", (c, on, rev) => c.Get<ClosingService>().CloseAsync(c.Id, on, rev, c.Token));
    }

    /// <summary>One step route: check access, read the request, call the service, answer with the changed case.</summary>
    private static void Step<TRequest>(RouteGroupBuilder group, string route, string summary,
        Func<StepContext, TRequest, Need, Task<Case>> call, string[]? roles = null) where TRequest : class =>
        group.MapPost(route, async Task<Ok<CaseDetail>> (Guid id, TRequest request, CaseAccess access, CaseViews views, ClaimsPrincipal user,
            IServiceProvider services, CancellationToken cancellationToken) =>
        {
            var @case = await access.CaseAsync(user, id, cancellationToken);
            var changed = await call(new StepContext(@case, user, services, cancellationToken), request, new Need());
            return TypedResults.Ok(await views.DetailAsync(changed, cancellationToken));
        }).RequireRoles(roles ?? ApiPolicies.Steps).WithSummary(summary);

    private static void Dated(RouteGroupBuilder group, string route, string summary, string label,
        Func<StepContext, DateOnly, long, Task<Case>> call) =>
        Step<DatedStepRequest>(group, route, summary, (c, r, n) =>
        {
            var on = n.Value(r.On, "on", label);
            return n.Then(r.ExpectedRevision, rev => call(c, on, rev));
        });
}
