using System.Text.Json.Nodes;
using Reconsideration.DocumentGen.Templates;

namespace Reconsideration.DocumentGen.Tests.Templates;

public class DecisionKindTests
{
    private static readonly DocumentComposer Composer = new();

    [Theory]
    [InlineData("vary", """{"item": 1}""", "第六十三条第一款第一项")]
    [InlineData("revoke", """{"item": 4}""", "第六十四条第一款第四项")]
    [InlineData("partially-revoke", """{"item": 3}""", "第六十四条第一款第三项")]
    [InlineData("confirm-illegal", """{"paragraph": 2, "item": 2}""", "第六十五条第二款第二项")]
    [InlineData("order-performance", """{"perform_days": 30}""", "第六十六条")]
    [InlineData("confirm-void", "{}", "第六十七条")]
    [InlineData("maintain", "{}", "第六十八条")]
    [InlineData("reject-request", "{}", "第六十九条")]
    [InlineData("agreement", """{"paragraph": 2}""", "第七十一条第二款")]
    public void Every_decision_kind_cites_its_article(string kind, string extra, string article)
    {
        var text = Compose(kind, JsonNode.Parse(extra)!.AsObject(), "本机关决定的事项。");

        Assert.Contains($"根据《中华人民共和国行政复议法》{article}的规定，本机关决定如下：", text);
        Assert.Contains("本机关决定的事项。", text);
    }

    [Fact]
    public void Order_performance_states_the_time_limit_to_perform()
    {
        var text = Compose("order-performance", new JsonObject { ["perform_days"] = 30 }, "责令被申请人对申请人的举报作出处理。");

        Assert.Contains("一、责令被申请人对申请人的举报作出处理。", text);
        Assert.Contains("二、被申请人应当自收到本决定书之日起30日内履行上述法定职责。", text);
    }

    [Fact]
    public void A_revocation_for_procedure_may_be_redone_on_the_same_facts()
    {
        var text = Compose("revoke", new JsonObject { ["item"] = 2, ["redo_days"] = 30 }, "撤销原行政行为。");

        Assert.Contains("30日内重新作出行政行为。", text);
        Assert.DoesNotContain("不得以同一事实和理由", text);
    }

    [Fact]
    public void A_single_order_is_not_numbered_and_compensation_adds_article_72()
    {
        var text = Compose("maintain", new JsonObject(), "维持被申请人作出的行政行为。");
        Assert.Contains("\n维持被申请人作出的行政行为。", text);

        text = Compose("confirm-illegal", new JsonObject { ["paragraph"] = 1, ["item"] = 2, ["compensation"] = "被申请人赔偿申请人损失2000元。" }, "确认违法。");
        Assert.Contains("第六十五条第一款第二项、第七十二条第一款的规定", text);
        Assert.Contains("二、被申请人赔偿申请人损失2000元。", text);
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_the_list_of_kinds()
    {
        var error = Assert.Throws<TemplateException>(() => Compose("annul", new JsonObject(), "x"));

        Assert.Equal("_decision_holding", error.TemplateName);
        Assert.NotNull(error.Line);
        Assert.Contains("vary、revoke", error.Message);
    }

    [Fact]
    public void A_kind_that_needs_an_item_names_the_missing_field()
    {
        var error = Assert.Throws<TemplateException>(() => Compose("vary", new JsonObject(), "x"));

        Assert.Equal("decision.item", error.Field);
        Assert.Contains("decision.item", error.Message);
    }

    private static string Compose(string kind, JsonObject extra, string order)
    {
        var data = Composer.LoadSample("decision");
        var decision = data["decision"]!.AsObject();
        foreach (var name in new[] { "item", "redo_days" }) decision.Remove(name);
        decision["kind"] = kind;
        decision["orders"] = new JsonArray(order);
        foreach (var (name, value) in extra.ToList()) decision[name] = value?.DeepClone();
        return DocumentText.Of(Composer.Compose("decision", data));
    }
}
