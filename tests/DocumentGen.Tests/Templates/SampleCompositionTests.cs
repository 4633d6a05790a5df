using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Templates;

namespace Reconsideration.DocumentGen.Tests.Templates;

public class SampleCompositionTests
{
    private static readonly DocumentComposer Composer = new();

    public static TheoryData<string> AllTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Composer.Catalog.All) data.Add(type.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void Every_type_composes_from_its_sample_with_title_organ_and_metadata(string key)
    {
        var type = Composer.Catalog.Get(key);
        var document = Composer.Compose(key, Composer.LoadSample(key));

        var title = Assert.IsType<TitleBlock>(document.Blocks[0]);
        Assert.Equal(["红星区人民政府", type.ChineseName], title.Lines);
        Assert.Equal("红星区人民政府", document.Metadata.Author);
        Assert.StartsWith(type.ChineseName, document.Metadata.Title);
        Assert.Matches(@"^红府复〔2026〕[1-9][0-9]*号$", document.Metadata.Subject);
        Assert.Equal(TimeSpan.FromHours(8), document.Metadata.Created.Offset);
        Assert.DoesNotContain(document.Blocks, block => block is VerificationBlock);
        if (type.TypeCode is not null)
        {
            var number = Assert.IsType<NumberBlock>(document.Blocks[1]);
            Assert.Matches($"^红府复{type.TypeCode}〔2026〕[1-9][0-9]*号$", number.Text);
            Assert.Contains(number.Text, document.Metadata.Title);
        }
    }

    [Theory]
    [InlineData("receipt-of-materials", "2026年1月15日收到", "行政复议申请书", "5个工作日内", "不表示申请已被受理", "接收人：邹雅琴")]
    [InlineData("oral-application-record", "申请人基本情况", "行政复议请求", "主要事实和理由", "2025年12月24日知道该行政行为", "申请人（签名）")]
    [InlineData("correction-notice", "第三十一条第一款", "一、提供申请人的居民身份证复印件", "二、明确具体的行政复议请求", "三、提供被申请复议的", "10个工作日内", "放弃行政复议申请", "记录在案")]
    [InlineData("acceptance-notice", "2026年1月6日向本机关提出", "自2026年1月9日起予以受理", "普通程序", "60日内作出行政复议决定", "第四十七条")]
    [InlineData("refusal-decision", "第三十条第一款第四项", "不予受理", "15日内", "提起行政诉讼", "第三十五条")]
    [InlineData("reply-notice", "行政复议申请书副本", "10个工作日内", "书面答复", "证据、依据和其他有关材料", "第七十条", "视为该行政行为没有证据、依据")]
    [InlineData("third-party-notice", "第十六条第一款", "作为第三人参加行政复议", "10个工作日内", "不影响本案的审理")]
    [InlineData("hearing-notice", "听证时间：2026年2月5日9时30分", "听证地点：", "拟听证事项", "（一）涉案速冻虾仁", "视为放弃听证权利")]
    [InlineData("suspension-notice", "第三十九条第一款第八项", "自2026年2月10日起中止本案的审理", "恢复审理")]
    [InlineData("resumption-notice", "2026年2月10日决定中止审理", "红府复中〔2026〕15号", "自2026年4月20日起恢复本案的审理", "继续计算")]
    [InlineData("extension-notice", "第六十二条第一款", "延长30日", "由2026年3月10日延长至2026年4月9日")]
    [InlineData("dismissal-decision", "第三十条第一款第二项", "第三十三条", "驳回申请人的行政复议申请", "15日内")]
    [InlineData("termination-decision", "第四十一条第一项", "第七十四条第二款", "终止本案的行政复议", "不得再以同一事实和理由")]
    [InlineData("mediation-agreement", "经审理查明", "自愿达成如下协议", "一、被申请人将对申请人的罚款数额", "第七十三条第一款", "签名或者盖章")]
    [InlineData("decision", "申请人请求：", "申请人称：", "被申请人称：", "第三人称：", "经审理查明：", "本机关认为：", "决定如下", "第六十四条第一款第一项", "60日内重新作出行政行为", "15日内", "红星区人民法院")]
    [InlineData("opinion-letter", "第七十六条", "60日内", "一、现场检查笔录", "报送本机关")]
    [InlineData("performance-order", "红府复决〔2026〕12号", "第七十七条第二款", "2026年6月5日前履行", "第八十三条")]
    [InlineData("service-receipt", "送达文书名称及文号", "行政复议决定书　红府复决〔2026〕12号", "受送达人", "送达地址", "直接送达", "代收人", "拒收事由", "见证人", "送达人 | 黄丽君、邹雅琴")]
    [InlineData("approval-record", "承办人意见", "审核意见", "签发", "红府复决〔2026〕12号", "彭卫东", "2026年2月27日")]
    public void Each_type_states_its_statutory_pieces(string key, params string[] phrases)
    {
        var text = DocumentText.Of(Composer.Compose(key, Composer.LoadSample(key)));
        foreach (var phrase in phrases) Assert.Contains(phrase, text);
    }

    [Theory]
    [InlineData("correction-notice")]
    [InlineData("acceptance-notice")]
    [InlineData("refusal-decision")]
    [InlineData("decision")]
    [InlineData("mediation-agreement")]
    public void Issued_documents_end_with_the_organ_the_unpadded_date_and_the_seal(string key)
    {
        var data = Composer.LoadSample(key);
        data["issue_date"] = "2026-03-01";
        var signature = Assert.Single(Composer.Compose(key, data).Blocks.OfType<SignatureBlock>());
        Assert.Equal(new SignatureBlock("红星区人民政府", new DateOnly(2026, 3, 1), Seal: true), signature);
    }

    [Fact]
    public void Party_blocks_carry_every_particular_of_persons_organisations_agents_and_respondent()
    {
        var text = DocumentText.Of(Composer.Compose("decision", Composer.LoadSample("decision")));

        Assert.Contains("申请人：红星区味香园餐饮有限公司，统一社会信用代码91360199MA38K2XQ5T，住所地红星区滨江路126号。", text);
        Assert.Contains("法定代表人：周建平，执行董事。", text);
        Assert.Contains("委托代理人：陈思远，江西红谷律师事务所律师", text);
        Assert.Contains("被申请人：红星区市场监督管理局", text);
        Assert.Contains("法定代表人：刘振华，局长。", text);
        Assert.Contains("第三人：李晓燕，女，1990年7月14日出生，公民身份号码360102199007141528，住红星区紫阳大道302号3栋1单元502室，联系电话13870812266。", text);
    }

    [Fact]
    public void The_decision_sample_fills_about_three_pages()
    {
        var document = Composer.Compose("decision", Composer.LoadSample("decision"));
        // 28 characters × 22 lines a page: three pages are about 1,850 characters; 1,700 CJK is the floor asked for.
        Assert.True(DocumentText.CjkCount(DocumentText.Of(document)) >= 1700);
    }

    [Fact]
    public void A_verification_is_printed_only_when_given_and_where_the_template_puts_it()
    {
        var document = Composer.Compose("decision", Composer.LoadSample("decision"), new DocumentVerification("7Q2K-9XW4", "https://verify.example/7Q2K-9XW4"));

        var index = document.Blocks.ToList().FindIndex(block => block is VerificationBlock);
        Assert.Equal(new VerificationBlock("7Q2K-9XW4", "https://verify.example/7Q2K-9XW4"), document.Blocks[index]);
        Assert.IsType<SignatureBlock>(document.Blocks[index - 1]);
    }

    [Fact]
    public void Public_copies_mask_id_numbers_and_served_copies_do_not()
    {
        var served = DocumentText.Of(Composer.Compose("decision", Composer.LoadSample("decision")));
        var published = DocumentText.Of(Composer.Compose("decision", Composer.LoadSample("decision"), maskIdNumbers: true));

        Assert.Contains("360102199007141528", served);
        Assert.DoesNotContain("360102199007141528", published);
        Assert.Contains("360102********1528", published);
    }

    [Fact]
    public void Simplified_procedure_changes_the_reply_period_and_article()
    {
        var data = Composer.LoadSample("reply-notice");
        data["case"]!["procedure"] = "simplified";

        var text = DocumentText.Of(Composer.Compose("reply-notice", data));

        Assert.Contains("第五十四条第一款", text);
        Assert.Contains("5个工作日内", text);
        Assert.DoesNotContain("10个工作日内", text);
    }

    [Fact]
    public void One_composer_serves_concurrent_requests()
    {
        var expected = DocumentText.Of(Composer.Compose("decision", Composer.LoadSample("decision")));
        var texts = new string[16];

        Parallel.For(0, texts.Length, i => texts[i] = DocumentText.Of(Composer.Compose("decision", Composer.LoadSample("decision"))));

        Assert.All(texts, text => Assert.Equal(expected, text));
    }

    [Fact]
    public void Template_authors_can_see_the_escaped_markup()
    {
        var data = Composer.LoadSample("acceptance-notice");
        data["applicants"]![0]!["name"] = "A&B<公司>";

        var markup = Composer.RenderMarkup("acceptance-notice", data);

        Assert.StartsWith("<document>", markup.TrimStart());
        Assert.Contains("A&amp;B&lt;公司&gt;", markup);
        Assert.DoesNotContain('\uE000', markup);
    }
}
