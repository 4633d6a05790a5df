using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

/// <summary>
/// 简易程序 (Arts. 53–55) in the browser: accepted under the simplified procedure with its reason, the copy sent within
/// three working days, the reply recorded, the paper review's conclusion, the 维持 draft reviewed and signed by the
/// bureau head, served on both parties, closed; the decision period is the simplified one, 30 days (Art. 62 ¶2).
/// </summary>
[Collection(StaffAppCollection.Name)]
public sealed class SimplifiedCaseTests(StaffApp app)
{
    [Fact]
    public async Task A_case_accepted_under_the_simplified_procedure_is_reviewed_on_paper_decided_served_and_closed()
    {
        var work = new CaseWork(app);
        await work.RegisterAsync(
            new { kind = "NaturalPerson", name = "彭志远", idNumber = "360102198201010034", address = "红谷滩区凤凰中大道9号", phone = "13907910004" },
            new { type = "Penalty", title = "行政处罚决定", documentNumber = "红交罚〔2026〕112号", amount = 2000 },
            "红谷滩区交通运输局", "撤销被申请人作出的红交罚〔2026〕112号《行政处罚决定书》。", "申请人认为其车辆未超载，罚款二千元缺乏证据。");

        await work.WorkAsync("handler", "受理审查", async page =>
        {
            await CaseWork.ChooseAsync(page, "reviewResult", "予以受理");
            await CaseWork.ChooseAsync(page, "procedure", "简易程序");
            await CaseWork.WriteAsync(page, "procedureReason", "案件涉及款额二千元，在三千元以下（《行政复议法》第五十三条第一款第二项）。");
        }, shot: "simplified-accept");

        // Accepted: the simplified procedure with its reason, and its periods — the copy in 3 working days, the decision in 30 days.
        var handler = await work.AsAsync("handler");
        await work.OpenCaseAsync(handler);
        await Expect(handler.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("简易程序（案件涉及款额二千元");
        await handler.GetByRole(AriaRole.Tab, new() { Name = "期限" }).ClickAsync();
        var decision = handler.GetByTestId("deadline").Filter(new() { HasText = "行政复议审理期限" });
        await Expect(decision).ToContainTextAsync("《行政复议法》第六十二条第二款");
        await Expect(decision).ToContainTextAsync("30日（按日历日计算");
        await Expect(decision).ToContainTextAsync("剩余");
        await Expect(handler.GetByTestId("deadline").Filter(new() { HasText = "发送申请书副本期限" })).ToContainTextAsync("3个工作日");
        await app.ShotAsync(handler, "simplified-deadlines");

        await work.WorkAsync("handler", "发送申请书副本（三个工作日内）", CaseWork.NoFields);
        await work.WorkAsync("clerk", "登记答复通知书送达", page => CaseWork.ChooseAsync(page, "serviceMethod", "直接送达"));
        await work.WorkAsync("handler", "登记被申请人答复及证据", async page =>
        {
            await CaseWork.ChooseAsync(page, "replyReceived", "已收到");
            await CaseWork.ChooseAsync(page, "evidenceSubmitted", "是");
        });
        // No hearing of opinions in the simplified procedure: the conclusion follows the reply (paper review, Art. 54).
        await work.WorkAsync("handler", "提出审理意见（可书面审理）", page => CaseWork.ChooseAsync(page, "outcome", "作出行政复议决定"));
        await work.WorkAsync("handler", "拟定文书", page => CaseWork.DraftMaintainAsync(page,
            "申请人车辆经称重超过核定载质量，有称重记录为证。", "2026年10月9日，申请人驾驶的货车经称重超过核定载质量。",
            "维持被申请人作出的红交罚〔2026〕112号《行政处罚决定书》。"));
        await work.ApproveSignAndServeAsync();

        var closed = await work.DetailAsync();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("Simplified", closed.GetProperty("procedure").GetString());
        var clerk = await work.AsAsync("clerk");
        await work.OpenCaseAsync(clerk);
        await Expect(clerk.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("已结案");
        await CaseWork.VerifyDocumentAsync(clerk, "行政复议决定书");
        await clerk.GetByRole(AriaRole.Tab, new() { Name = "期限" }).ClickAsync();
        await Expect(clerk.GetByTestId("deadline").Filter(new() { HasText = "行政复议审理期限" })).ToContainTextAsync("已按期完成");
        await app.ShotAsync(clerk, "simplified-closed");
    }
}
