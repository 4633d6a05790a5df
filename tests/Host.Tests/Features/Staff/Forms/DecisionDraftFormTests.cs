using System.Text.Json.Nodes;
using static Reconsideration.Host.Tests.Features.Staff.Forms.FormTesting;

namespace Reconsideration.Host.Tests.Features.Staff.Forms;

public sealed class DecisionDraftFormTests
{
    private const string Maintain = """
        {"decisionKind":"maintain","request":"撤销罚款决定","applicantSays":"事实不清。","respondentSays":"事实清楚。\n程序合法。","facts":"经查，申请人于某日经营过期食品。",
         "evidence":"现场检查笔录\n照片","reasoning":"被申请人认定事实清楚。","holding":"维持被申请人作出的行政处罚决定。",
         "articles":"《中华人民共和国行政复议法》第六十八条","opinionLetterNeeded":"false"}
        """;

    [Fact]
    public void A_maintain_decision_sends_kind_holding_articles_and_the_decision_text_as_document_data()
    {
        var form = Form("decision-draft", Maintain, "Draft");
        var context = Context("Draft", """{"outcome":"decision"}""");

        Assert.Empty(form.Validate(context));
        var expected = JsonNode.Parse("""
            {"decisionKind":"maintain","holding":"维持被申请人作出的行政处罚决定。","articles":["《中华人民共和国行政复议法》第六十八条"],"opinionLetterNeeded":false,
             "documentData":{"decision":{"decision":{"kind":"maintain","request":"撤销罚款决定","applicant_says":["事实不清。"],"respondent_says":["事实清楚。","程序合法。"],
               "facts":["经查，申请人于某日经营过期食品。"],"reasoning":["被申请人认定事实清楚。"],"orders":["维持被申请人作出的行政处罚决定。"],
               "evidence":["现场检查笔录","照片"]}}}}
            """);
        var variables = form.Variables(context);
        Assert.True(JsonNode.DeepEquals(expected, variables), variables.ToJsonString());
        Assert.Equal("decision", form.Document(context)?.TypeKey);
    }

    [Fact]
    public void A_decision_without_holding_is_refused()
    {
        var form = Form("decision-draft", Maintain, "Draft");
        form["holding"] = "  ";

        Assert.Equal("请填写决定主文。", form.Validate(Context("Draft"))["holding"]);
    }

    [Fact]
    public void A_revocation_needs_its_item_within_Art_64_and_sends_the_time_to_act_again()
    {
        var form = Form("decision-draft", Maintain, "Draft");
        form["decisionKind"] = "revoke";
        Assert.Equal("请填写适用的项。", form.Validate(Context("Draft"))["item"]);

        form["item"] = "5";
        Assert.Equal("适用的项须在1至4之间。", form.Validate(Context("Draft"))["item"]);

        form["item"] = "1";
        form["redoDays"] = "60";
        Assert.Empty(form.Validate(Context("Draft")));
        var decision = form.Variables(Context("Draft"))["documentData"]!["decision"]!["decision"]!;
        Assert.Equal(1, decision["item"]!.GetValue<int>());
        Assert.Equal(60, decision["redo_days"]!.GetValue<int>());
    }

    [Fact]
    public void The_kind_must_match_the_outcome_the_review_reached()
    {
        var context = Context("Draft", """{"outcome":"termination"}""");
        var form = Form("decision-draft", Maintain, "Draft");

        Assert.Equal("本案审理意见须制作终止行政复议决定，请选择“终止行政复议决定”。", form.Validate(context)["decisionKind"]);

        var refusal = Form("decision-draft", """{"decisionKind":"termination"}""", "Draft");
        Assert.Equal("本案审理意见须制作不予受理决定，请选择“不予受理决定”。", refusal.Validate(Context("Draft", """{"reviewResult":"refuse"}"""))["decisionKind"]);

        var procedural = Form("decision-draft", """{"decisionKind":"dismissal","item":"2","reasoning":"无利害关系","holding":"驳回","articles":"第三十三条"}""", "Draft");
        Assert.Equal("审理意见为作出行政复议决定，请选择决定的种类（维持、撤销等）。", procedural.Validate(Context("Draft", """{"outcome":"decision"}"""))["decisionKind"]);
    }

    [Fact]
    public void The_kind_is_prefilled_from_the_outcome_and_a_termination_sends_its_own_document_data()
    {
        var form = Form("decision-draft", "{}", "Draft");
        var context = Context("Draft", """{"outcome":"termination"}""");
        form.Prefill(context);
        Assert.Equal("termination", form["decisionKind"]);

        form["item"] = "1";
        form["facts"] = "申请人撤回申请。";
        form["settlement"] = "true";
        form["holding"] = "终止行政复议。";
        form["articles"] = "《中华人民共和国行政复议法》第四十一条第一款第（一）项";
        Assert.Empty(form.Validate(context));
        var data = form.Variables(context)["documentData"]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"termination-decision":{"termination":{"item":1,"facts":["申请人撤回申请。"],"settlement":true}}}"""), data),
            data.ToJsonString());
    }

    [Fact]
    public void A_refusal_previews_the_refusal_from_the_review_and_sends_no_document_data()
    {
        var context = Context("Draft", """{"reviewResult":"refuse","refusalReason":"超过申请期限","refusalArticles":["《中华人民共和国行政复议法》第三十条第一款第（四）项"]}""");
        var form = Form("decision-draft", "{}", "Draft");
        form.Prefill(context);

        Assert.Equal("refusal", form["decisionKind"]);
        var draft = form.Document(context)!;
        Assert.Equal("refusal-decision", draft.TypeKey);
        Assert.Equal(4, draft.Data["refusal"]!["item"]!.GetValue<int>());
        Assert.False(form.Variables(context).ContainsKey("documentData"));
    }
}
