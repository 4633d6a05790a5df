using System.Text.Json.Nodes;
using System.Xml.Linq;
using Reconsideration.Host.Features.Staff.Forms;
using static Reconsideration.Host.Tests.Features.Staff.Forms.FormTesting;

namespace Reconsideration.Host.Tests.Features.Staff.Forms;

/// <summary>Every form key: a valid form sends exactly the variables of docs/workflows.md; a wrong one names the field.</summary>
public sealed class TaskFormsTests
{
    [Fact]
    public void Every_form_key_of_the_shipped_workflow_has_a_form_and_an_unknown_key_has_none()
    {
        var bpmn = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "workflow-definitions", "reconsideration.bpmn"));
        var keys = bpmn.Descendants().Select(e => (string?)e.Attribute(XName.Get("formKey", "urn:reconsideration:bpmn:1.0"))).OfType<string>().Distinct().ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Equal(key, TaskForms.Create(key, "Task")?.Key));
        Assert.Equal(keys.Order(), TaskForms.Keys.Order());
        Assert.Null(TaskForms.Create("unknown-form", "Task"));
        Assert.Null(TaskForms.Create(null, "Task"));
    }

    public static TheoryData<string, string, string, string> ValidForms => new()
    {
        { "intake", "Intake", """{"channel":"post","applicant":"张三","respondent":"红星区市场监督管理局"}""",
            """{"channel":"post","applicant":"张三","respondent":"红星区市场监督管理局","thirdParties":[]}""" },
        { "acceptance-review", "ReviewApplication", """{"reviewResult":"accept","procedure":"simplified","procedureReason":"当事人各方同意","correctionItems":"遗留"}""",
            """{"reviewResult":"accept","procedure":"simplified","procedureReason":"当事人各方同意"}""" },
        { "acceptance-review", "ReviewApplication", """{"reviewResult":"correct","correctionItems":"提供身份证明\n\n  写明复议请求 "}""",
            """{"reviewResult":"correct","correctionItems":["提供身份证明","写明复议请求"]}""" },
        { "acceptance-review", "ReviewApplication", """{"reviewResult":"refuse","refusalReason":"超过申请期限","refusalArticles":"《中华人民共和国行政复议法》第三十条第一款第（四）项"}""",
            """{"reviewResult":"refuse","refusalReason":"超过申请期限","refusalArticles":["《中华人民共和国行政复议法》第三十条第一款第（四）项"]}""" },
        { "acceptance-review", "ReviewApplication", """{"reviewResult":"forward","competentOrgan":"红星区人民政府"}""",
            """{"reviewResult":"forward","competentOrgan":"红星区人民政府"}""" },
        { "service-record", "Serve", """{"serviceMethod":"left","servedOn":"2026-03-02","server":"王芳","witness":"社区主任赵强","consent":"不应发送"}""",
            """{"serviceMethod":"left","servedOn":"2026-03-02","server":"王芳","witness":"社区主任赵强"}""" },
        { "service-record", "Serve", """{"serviceMethod":"post","servedOn":"2026-02-26","server":"王芳","returnSlipDate":"2026-02-28","trackingNumber":"EMS1"}""",
            """{"serviceMethod":"post","servedOn":"2026-02-26","server":"王芳","returnSlipDate":"2026-02-28","trackingNumber":"EMS1"}""" },
        { "copy-to-respondent", "OrdinarySendCopy", """{"copySentOn":"2026-03-02"}""", """{"copySentOn":"2026-03-02"}""" },
        { "reply-record", "OrdinaryRecordReply", """{"replyReceived":"true","replyReceivedOn":"2026-03-01","evidenceSubmitted":"false"}""",
            """{"replyReceived":true,"replyReceivedOn":"2026-03-01","evidenceSubmitted":false}""" },
        { "reply-record", "OrdinaryConfirmNoReply", """{"replyReceived":"false","replyReceivedOn":"2026-03-01"}""", """{"replyReceived":false}""" },
        { "opinion-record", "HearOpinions", """{"hearingNeeded":"true","committeeNeeded":"false"}""",
            """{"opinionsHeard":true,"hearingNeeded":true,"committeeNeeded":false}""" },
        { "hearing-arrangement", "ArrangeHearing", """{"hearingDate":"2026-03-09","hearingPlace":"区司法局听证室","hearingIssues":"事实是否清楚\n程序是否合法","hearingPresiding":"王敏","hearingOfficers":"李明\n赵强","hearingRecorder":"孙丽"}""",
            """{"hearingDate":"2026-03-09","hearingPlace":"区司法局听证室","hearingIssues":["事实是否清楚","程序是否合法"],"hearingPresiding":"王敏","hearingOfficers":["李明","赵强"],"hearingRecorder":"孙丽"}""" },
        { "hearing-record", "HoldHearing", """{"heldOn":"2026-03-02","hearingParticipants":"申请人、被申请人","hearingRecord":"各方陈述"}""",
            """{"heldOn":"2026-03-02","hearingParticipants":"申请人、被申请人","hearingRecord":"各方陈述"}""" },
        { "committee-opinion", "RecordCommitteeOpinion", """{"committeeOpinion":"建议撤销"}""", """{"committeeOpinion":"建议撤销"}""" },
        { "review-conclusion", "OrdinaryConclude", """{"outcome":"decision"}""", """{"outcome":"decision"}""" },
        { "review-conclusion", "SimplifiedConclude", """{"outcome":"convert","conversionReason":"案情复杂"}""",
            """{"outcome":"convert","conversionReason":"案情复杂"}""" },
        { "mediation-record", "OrdinaryMediate", """{"mediationAgreed":"false"}""", """{"mediationAgreed":false}""" },
        { "performance-check", "CheckPerformance", """{"performed":"true"}""", """{"performed":true}""" },
        { "withdrawal-review", "OrdinaryReviewWithdrawal", """{"outcome":"termination","settlement":"true","terminationGround":"准予撤回"}""",
            """{"outcome":"termination","settlement":true,"terminationGround":"准予撤回"}""" },
        { "withdrawal-review", "OrdinaryReviewWithdrawal", """{"outcome":"continue","settlement":"true","terminationGround":"准予撤回"}""", """{"outcome":"continue"}""" },
        { "termination-review", "ReviewTermination", """{"outcome":"termination","terminationGround":"申请人死亡，没有近亲属"}""",
            """{"outcome":"termination","terminationGround":"申请人死亡，没有近亲属"}""" },
        { "approval", "ReviewDraft", """{"approved":"true"}""", """{"approved":true,"approvalComment":"同意"}""" },
        { "approval", "SignByBureauHead", """{"approved":"false","approvalComment":"事实部分需补充"}""",
            """{"approved":false,"approvalComment":"事实部分需补充"}""" },
        { "decision-draft", "Draft", """{"decisionKind":"refusal"}""", """{"decisionKind":"refusal","opinionLetterNeeded":false}""" },
    };

    [Theory]
    [MemberData(nameof(ValidForms))]
    public void A_valid_form_sends_exactly_its_variables(string formKey, string elementId, string values, string expected)
    {
        var form = Form(formKey, values, elementId);
        var context = Context(elementId);

        Assert.Empty(form.Validate(context));
        var variables = form.Variables(context);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), variables), $"期望 {expected}，实际 {variables.ToJsonString()}");
        Assert.Equal(variables.Select(kv => kv.Key).Order(), form.VariableElements(context).Keys.Order());
    }

    public static TheoryData<string, string, string, string, string> InvalidForms => new()
    {
        { "intake", "Intake", """{"channel":"fax","applicant":"张三","respondent":"某局"}""", "channel", "请从列出的选项中选择申请方式。" },
        { "acceptance-review", "ReviewApplication", "{}", "reviewResult", "请选择审查结论。" },
        { "acceptance-review", "ReviewApplication", """{"reviewResult":"correct","correctionItems":" \n "}""", "correctionItems", "请填写补正事项。" },
        { "acceptance-review", "ReviewApplication", """{"reviewResult":"accept"}""", "procedure", "请选择审理程序。" },
        { "acceptance-review", "ReviewApplication", """{"reviewResult":"refuse","refusalReason":"超期"}""", "refusalArticles", "请填写依据条款。" },
        { "acceptance-review", "ReviewApplication", """{"reviewResult":"forward"}""", "competentOrgan", "转送时请填写有权处理的机关。" },
        { "service-record", "Serve", """{"serviceMethod":"left","servedOn":"2026-03-02","server":"王芳"}""", "witness", "请填写见证人。" },
        { "service-record", "Serve", """{"serviceMethod":"electronic","servedOn":"2026-03-02","server":"王芳"}""", "consent", "请填写同意电子送达的记录。" },
        { "service-record", "Serve", """{"serviceMethod":"post","servedOn":"2026-03-02","server":"王芳"}""", "returnSlipDate", "请填写回执签收日期。" },
        { "service-record", "Serve", """{"serviceMethod":"post","servedOn":"2026-03-02","server":"王芳","returnSlipDate":"2026-02-27"}""", "returnSlipDate", "回执签收日期不能早于交邮日期。" },
        { "service-record", "Serve", """{"serviceMethod":"direct","servedOn":"2026-03-03","server":"王芳"}""", "servedOn", "送达日期不能晚于今天（2026年3月2日）。" },
        { "copy-to-respondent", "OrdinarySendCopy", """{"copySentOn":"2026/3/2"}""", "copySentOn", "发送日期须为有效日期，如2026-03-02。" },
        { "reply-record", "OrdinaryRecordReply", "{}", "replyReceived", "请选择是否收到书面答复。" },
        { "reply-record", "OrdinaryRecordReply", """{"replyReceived":"true","evidenceSubmitted":"true"}""", "replyReceivedOn", "请填写收到答复日期。" },
        { "opinion-record", "HearOpinions", """{"hearingNeeded":"true"}""", "committeeNeeded", "请选择是否提请行政复议委员会咨询。" },
        // Notified on Monday 2 March: five working days later is Monday 9 March (Art. 51).
        { "hearing-arrangement", "ArrangeHearing", """{"hearingDate":"2026-03-06","hearingPlace":"听证室","hearingIssues":"事实","hearingPresiding":"王敏","hearingOfficers":"李明\n赵强","hearingRecorder":"孙丽"}""", "hearingDate",
            "听证日期须在通知之日起五个工作日之后，最早为2026年3月9日（第五十一条）。" },
        { "hearing-arrangement", "ArrangeHearing", """{"hearingDate":"2026-03-09","hearingPlace":"听证室","hearingIssues":"事实","hearingPresiding":"王敏","hearingOfficers":"李明","hearingRecorder":"孙丽"}""", "hearingOfficers",
            "听证员须为两名以上行政复议人员（第五十一条）。" },
        { "hearing-record", "HoldHearing", """{"heldOn":"2026-03-02","hearingParticipants":"各方"}""", "hearingRecord", "请填写听证笔录要点。" },
        { "committee-opinion", "RecordCommitteeOpinion", "{}", "committeeOpinion", "请填写委员会咨询意见。" },
        { "review-conclusion", "OrdinaryConclude", """{"outcome":"convert"}""", "outcome", "请从列出的选项中选择审理意见。" },
        { "review-conclusion", "SimplifiedConclude", """{"outcome":"convert"}""", "conversionReason", "请填写转为普通程序的理由。" },
        { "mediation-record", "OrdinaryMediate", """{"mediationAgreed":"maybe"}""", "mediationAgreed", "请选择调解结果。" },
        { "performance-check", "CheckPerformance", "{}", "performed", "请选择履行情况。" },
        { "withdrawal-review", "OrdinaryReviewWithdrawal", """{"outcome":"termination","terminationGround":"撤回"}""", "settlement", "请选择是否因和解撤回。" },
        { "termination-review", "ReviewTermination", """{"outcome":"termination"}""", "terminationGround", "请填写终止理由。" },
        { "approval", "ReviewDraft", """{"approved":"false"}""", "approvalComment", "退回时请填写意见，写明退回理由。" },
        { "decision-draft", "Draft", "{}", "decisionKind", "请选择文书种类。" },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public void A_wrong_form_names_the_field_in_Chinese(string formKey, string elementId, string values, string field, string message)
    {
        var errors = Form(formKey, values, elementId).Validate(Context(elementId));

        Assert.True(errors.TryGetValue(field, out var found), $"没有{field}的提示；提示：{string.Join("；", errors)}");
        Assert.Equal(message, found);
    }

    [Fact]
    public void Prefilled_values_come_from_the_day_the_person_and_the_process()
    {
        var service = TaskForms.Create("service-record", "Serve")!;
        var context = Context("Serve", """{"recipient":"张三"}""");
        service.Prefill(context);
        Assert.Equal("2026-03-02", service["servedOn"]);
        Assert.Equal("李明", service["server"]);
        Assert.Equal("受送达人：张三", service.Note(context));

        var hearing = TaskForms.Create("hearing-arrangement", "ArrangeHearing")!;
        hearing.Prefill(context);
        Assert.Equal("2026-03-09", hearing["hearingDate"]);

        var noReply = TaskForms.Create("reply-record", "SimplifiedConfirmNoReply")!;
        noReply.Prefill(Context("SimplifiedConfirmNoReply"));
        Assert.Equal("false", noReply["replyReceived"]);
    }

    [Fact]
    public void The_correction_items_preview_as_the_correction_notice()
    {
        var form = Form("acceptance-review", """{"reviewResult":"correct","correctionItems":"提供身份证明\n写明复议请求"}""");

        var draft = form.Document(Context());

        Assert.Equal("correction-notice", draft?.TypeKey);
        Assert.Equal("""{"correction":{"items":["提供身份证明","写明复议请求"],"period_days":10}}""", draft!.Data.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Null(Form("acceptance-review", """{"reviewResult":"accept"}""").Document(Context()));
    }
}
