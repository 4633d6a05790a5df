using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Features.Cases.Workflow;

/// <summary>
/// The domain steps the workflow's service tasks record, each from the form variables and each idempotent: a step
/// already on record is not recorded again, because the engine re-runs a handler after a failed commit or a retry.
/// A document's step is recorded before the document (the correction notice lists the correction's items), so
/// the status task after it finds the step done.
/// </summary>
internal sealed class WorkflowCaseSteps(CaseQueryService queries, AcceptanceService acceptance, ReviewService review, ClosingService closing)
{
    public Case Case(ServiceTaskContext context) => CaseTaskContext.Wait(queries.GetAsync(context.CaseId()));

    /// <summary>Records the step <paramref name="typeKey"/> documents, if it has one and it is not on record.</summary>
    public void BeforeDocument(ServiceTaskContext context, string typeKey)
    {
        switch (typeKey)
        {
            case CaseDocumentTypes.CorrectionNotice: Correction(context); break;
            case CaseDocumentTypes.RefusalDecision: Refusal(context); break;
            case CaseDocumentTypes.ReplyNotice: CopySent(context); break;
            case "suspension-notice": Suspended(context); break;
            case "resumption-notice": Resumed(context); break;
            case "extension-notice": Extension(context); break;
            case "hearing-notice": HearingNotice(context); break;
            case CaseDocumentTypes.Decision or CaseDocumentTypes.DismissalDecision or CaseDocumentTypes.TerminationDecision
                or CaseDocumentTypes.MediationAgreement: Decision(context, typeKey); break;
        }
    }

    public void Correction(ServiceTaskContext context)
    {
        if (Case(context).Correction is not null) return;
        var items = context.Texts("correctionItems");
        if (items.Count == 0) throw context.Missing("correctionItems", "补正事项清单，受理审查表单填写");
        CaseTaskContext.Wait(acceptance.RequestCorrectionAsync(context.CaseId(), context.Today(), items));
    }

    public void Refusal(ServiceTaskContext context)
    {
        if (Case(context).Status == CaseStatus.Refused) return;
        var articles = context.Texts("refusalArticles");
        if (articles.Count == 0) throw context.Missing("refusalArticles", "不予受理所依据的条款，如“《中华人民共和国行政复议法》第三十条第一款第（四）项”");
        CaseTaskContext.Wait(acceptance.RefuseAsync(context.CaseId(), new Refusal
        {
            DecidedOn = context.Today(), Reasons = context.RequiredText("refusalReason", "不予受理的理由"), Articles = articles,
            CompetentOrgan = context.Text("competentOrgan"),
        }));
    }

    public void Forwarded(ServiceTaskContext context)
    {
        if (Case(context).Status == CaseStatus.Forwarded) return;
        CaseTaskContext.Wait(acceptance.ForwardAsync(context.CaseId(), new Forwarding
        {
            On = context.Today(), To = context.RequiredText("competentOrgan", "有权处理的机关"),
            Reason = context.Text("forwardReason") ?? "本机关对该申请无管辖权",
        }));
    }

    public void Abandoned(ServiceTaskContext context)
    {
        if (Case(context).Status == CaseStatus.DeemedAbandoned) return;
        CaseTaskContext.Wait(acceptance.RecordAbandonmentAsync(context.CaseId(), context.Today()));
    }

    public void CopySent(ServiceTaskContext context)
    {
        if (Case(context).ReplyRequest is not null) return;
        CaseTaskContext.Wait(review.RecordCopySentAsync(context.CaseId(), context.Date("copySentOn") ?? context.Today()));
    }

    public void Suspended(ServiceTaskContext context)
    {
        if (Case(context).Status == CaseStatus.Suspended) return;
        var ground = context.Number("suspensionGround") ?? throw context.Missing("suspensionGround", "中止事由，第三十九条第一款第几项，随“中止审理”消息提供");
        CaseTaskContext.Wait(review.SuspendAsync(context.CaseId(), context.Today(), ground,
            context.RequiredText("suspensionReason", "中止的具体原因，随“中止审理”消息提供")));
    }

    public void Resumed(ServiceTaskContext context)
    {
        if (Case(context).Status != CaseStatus.Suspended) return;
        CaseTaskContext.Wait(review.ResumeAsync(context.CaseId(), context.Today()));
    }

    public void Extension(ServiceTaskContext context)
    {
        if (Case(context).Extension is not null) return;
        var days = context.Number("extensionDays") ?? throw context.Missing("extensionDays", "延长的日数（1至30），随“申请延期审理”消息提供");
        CaseTaskContext.Wait(review.ExtendAsync(context.CaseId(), days, context.Today(),
            context.RequiredText("extensionReason", "延期理由，随“申请延期审理”消息提供")));
    }

    /// <summary>The hearing as arranged (if the arrangement form was not recorded through the task endpoint) and its notice sent today.</summary>
    public void HearingNotice(ServiceTaskContext context)
    {
        var @case = Case(context);
        if (@case.Hearing?.NoticeSentOn is not null) return;
        if (@case.Hearing is null)
        {
            var on = context.Date("hearingDate") ?? throw context.Missing("hearingDate", "听证日期，安排听证表单填写");
            CaseTaskContext.Wait(review.ScheduleHearingAsync(context.CaseId(), on, context.RequiredText("hearingPlace", "听证地点，安排听证表单填写")));
        }

        CaseTaskContext.Wait(review.RecordHearingNoticeAsync(context.CaseId(), context.Today()));
    }

    public void Decision(ServiceTaskContext context, string typeKey)
    {
        if (Case(context).Decision is not null) return;
        var articles = context.Texts("articles");
        if (articles.Count == 0) throw context.Missing("articles", "决定依据的法律条文，拟稿表单填写");
        if (typeKey == CaseDocumentTypes.Decision && DecisionDraftForm.Missing(context.RequiredText("decisionKind", "决定种类，拟稿表单填写"), context.Variables) is { } missing)
            throw new WorkflowBindingException($"服务任务“{context.ElementName ?? context.ElementId}”不能制作行政复议决定书：{missing.Message}");
        CaseTaskContext.Wait(closing.RecordDecisionAsync(context.CaseId(), new Decision
        {
            Type = DecisionTypeOf(context, typeKey), Holding = context.RequiredText("holding", "决定主文，拟稿表单填写"),
            Articles = articles, DecidedOn = context.Today(),
        }));
    }

    public void Closed(ServiceTaskContext context)
    {
        if (Case(context).Status == CaseStatus.Closed) return;
        CaseTaskContext.Wait(closing.CloseAsync(context.CaseId(), context.Today()));
    }

    private static DecisionType DecisionTypeOf(ServiceTaskContext context, string typeKey) => typeKey switch
    {
        CaseDocumentTypes.DismissalDecision => DecisionType.DismissApplication,
        CaseDocumentTypes.TerminationDecision => DecisionType.Termination,
        CaseDocumentTypes.MediationAgreement => DecisionType.MediationAgreement,
        _ => DecisionKinds.TryParse(context.RequiredText("decisionKind", "决定种类，拟稿表单填写"), out var type) ? type
            : throw new WorkflowBindingException($"决定种类“{context.Text("decisionKind")}”不能制作行政复议决定书；请在拟稿表单中选择维持、驳回请求、变更、撤销、部分撤销、确认违法、确认无效或责令履行。"),
    };
}
