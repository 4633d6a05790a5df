using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>
/// The demo cases, brought to their stage through the case services (so every history entry and period is real),
/// dated back from today so that every step lies within its statutory period; the cases received today run on the
/// shipped workflow, driven to their task by <see cref="DemoWorkflow"/> (acceptance review, reply, drafting, review of
/// the draft, signing, service).
/// </summary>
internal sealed class DemoCases(CaseIntakeService intake, AcceptanceService acceptance, ReviewService review, ClosingService closing, TimeProvider clock)
{
    private static readonly DemoUser Handler = DemoUser.All.First(u => u.UserName == "handler");
    private static readonly DemoUser Handler2 = DemoUser.All.First(u => u.UserName == "handler2");

    private DateOnly Today => LegalTime.Today(clock);

    public IReadOnlyList<DemoCase> All =>
    [
        new("under-review", "受理审查中", null, ct => RegisterAsync("周晓梅", "36010219880312002", "红谷滩区市场监督管理局", 0, ct), WorkflowSteps: 0),
        new("workflow-reply", "待登记答复", Handler, ct => RegisterAsync("黄志强", "36010219870416008", "红谷滩区应急管理局", 0, ct), WorkflowSteps: 3),
        new("workflow-draft", "拟稿", Handler, ct => RegisterAsync("林小红", "36010219910725009", "红谷滩区卫生健康委员会", 0, ct), WorkflowSteps: 6),
        new("workflow-review", "审核文书", Handler2, ct => RegisterAsync("何建华", "36010219840919010", "红谷滩区农业农村局", 0, ct), WorkflowSteps: 7),
        new("workflow-sign", "签发", Handler, ct => RegisterAsync("罗晓燕", "36010219890203011", "红谷滩区教育体育局", 0, ct), WorkflowSteps: 8),
        new("workflow-service", "送达", Handler2, ct => RegisterAsync("梁文博", "36010219760611012", "红谷滩区商务局", 0, ct), WorkflowSteps: DemoWorkflow.ToService),
        new("correction", "待补正", Handler, async ct =>
        {
            var c = await RegisterAsync("吴建国", "36010219750908001", "红谷滩区城市管理局", 0, ct);
            return await acceptance.RequestCorrectionAsync(c.Id, Today, ["行政复议申请书未载明具体的行政复议请求", "缺少申请人身份证复印件"], c.Revision, ct);
        }),
        new("refused", "不予受理", Handler, async ct =>
        {
            var c = await RegisterAsync("郑丽", "36010219900101002", "红谷滩区人力资源和社会保障局", 0, ct);
            return await acceptance.RefuseAsync(c.Id, new Refusal
            {
                DecidedOn = Today, Reasons = "申请人于法定申请期限届满后提出申请，且无正当理由。",
                Articles = ["《中华人民共和国行政复议法》第三十条第一款第（四）项"],
            }, c.Revision, ct);
        }),
        new("in-review", "审理中", Handler, async ct =>
        {
            var c = await AcceptedAsync("孙伟", "36010219820715003", "红谷滩区住房和城乡建设局", 20, ct);
            c = await review.RecordCopySentAsync(c.Id, Today.AddDays(-17), c.Revision, ct);
            c = await closing.RecordServiceAsync(c.Id, new ServiceCommand
            {
                DocumentTypeKey = "reply-notice", Recipient = c.Application.Respondent.Name, RecipientRole = RecipientRole.Respondent,
                Method = ServiceMethod.Direct, HandedOn = Today.AddDays(-16), Server = "王敏",
            }, c.Revision, ct);
            return await review.RecordReplyAsync(c.Id, Today.AddDays(-8), c.Revision, ct);
        }),
        new("suspended", "中止审理", Handler2, async ct =>
        {
            var c = await AcceptedAsync("钱芳", "36010219930620004", "红谷滩区自然资源局", 30, ct);
            return await review.SuspendAsync(c.Id, Today.AddDays(-5), 9, "案件涉及的法律适用问题需要有权机关作出解释。", c.Revision, ct);
        }),
        new("extended", "审理中（已延期）", Handler, async ct =>
        {
            var c = await AcceptedAsync("赵磊", "36010219790211005", "红谷滩区生态环境局", 50, ct);
            return await review.ExtendAsync(c.Id, 30, Today.AddDays(-2), "案情复杂，需要调取更多证据，不能在规定期限内作出行政复议决定。", c.Revision, ct);
        }),
        new("decided", "已作出决定", Handler2, async ct =>
        {
            var c = await AcceptedAsync("冯敏", "36010219860530006", "红谷滩区交通运输局", 45, ct);
            return await DecideAsync(c, DecisionType.Maintain, Today.AddDays(-1), ct);
        }),
        new("closed", "已结案", Handler, async ct =>
        {
            var c = await AcceptedAsync("陈刚", "36010219700405007", "红谷滩区公安分局", 80, ct);
            c = await DecideAsync(c, DecisionType.RejectRequest, Today.AddDays(-20), ct);
            foreach (var (recipient, role) in new[] { (c.Application.Applicants[0].Name, RecipientRole.Applicant), (c.Application.Respondent.Name, RecipientRole.Respondent) })
            {
                c = await closing.RecordServiceAsync(c.Id, new ServiceCommand
                {
                    DocumentTypeKey = "decision", Recipient = recipient, RecipientRole = role, Method = ServiceMethod.Direct,
                    HandedOn = Today.AddDays(-18), Server = "王敏",
                }, c.Revision, ct);
            }

            return await closing.CloseAsync(c.Id, Today.AddDays(-1), c.Revision, ct);
        }),
    ];

    private Task<Case> RegisterAsync(string applicant, string id17, string respondent, int daysAgo, CancellationToken ct)
    {
        var received = Today.AddDays(-daysAgo);
        return intake.RegisterAsync(new RegisterCaseCommand
        {
            Application = new Application
            {
                ReceivedOn = received,
                Channel = ApplicationChannel.Window,
                Applicants = [DemoPeople.Person(applicant, id17, "红谷滩区丰和中大道1号", "13907910000")],
                Respondent = new Respondent { Name = respondent },
                ChallengedAct = new ChallengedAct
                {
                    Type = ChallengedActType.Penalty, Title = "行政处罚决定书", DocumentNumber = "红谷罚〔" + received.AddDays(-20).Year + "〕" + (10 + daysAgo) + "号",
                    Date = received.AddDays(-20), Amount = 5000m,
                },
                Requests = "撤销被申请人作出的行政处罚决定。",
                FactsAndReasons = "被申请人认定事实不清，证据不足，适用依据错误。",
            },
        }, ct);
    }

    private async Task<Case> AcceptedAsync(string applicant, string id17, string respondent, int daysAgo, CancellationToken ct)
    {
        var c = await RegisterAsync(applicant, id17, respondent, daysAgo, ct);
        return await acceptance.AcceptAsync(c.Id, Today.AddDays(-daysAgo + 2), Procedure.Ordinary, null, c.Revision, ct);
    }

    private Task<Case> DecideAsync(Case c, DecisionType type, DateOnly on, CancellationToken ct) =>
        closing.RecordDecisionAsync(c.Id, new Decision
        {
            Type = type, DecidedOn = on,
            Holding = type == DecisionType.Maintain ? "维持被申请人作出的行政处罚决定。" : "驳回申请人的行政复议请求。",
            Articles = [type == DecisionType.Maintain ? "《中华人民共和国行政复议法》第六十八条" : "《中华人民共和国行政复议法》第六十九条"],
        }, c.Revision, ct);
}
