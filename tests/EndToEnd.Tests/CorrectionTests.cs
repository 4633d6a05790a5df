using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

/// <summary>
/// 补正 (Art. 31) in the browser: the handler asks for correction with the missing items and previews the notice, the
/// notice is issued and its service recorded by the clerk, the handler records the corrected materials in the
/// workspace's 案件事项, the review starts again and the handler accepts.
/// </summary>
[Collection(StaffAppCollection.Name)]
public sealed class CorrectionTests(StaffApp app)
{
    [Fact]
    public async Task A_handler_asks_for_correction_records_the_corrected_materials_and_accepts_the_case()
    {
        var work = new CaseWork(app);
        await work.RegisterAsync(
            new { kind = "NaturalPerson", name = "邹雨桐", idNumber = "36010219900512002X", address = "红谷滩区红谷中大道8号", phone = "13907910003" },
            new { type = "Penalty", title = "行政处罚决定", documentNumber = "红市监罚〔2026〕40号" },
            "红谷滩区市场监督管理局", "撤销被申请人作出的行政处罚决定。", "申请人认为处罚过重。");

        const string items = "提供申请人的居民身份证复印件。\n提供被申请复议的行政处罚决定书复印件。";
        await work.WorkAsync("handler", "受理审查", async page =>
        {
            await CaseWork.ChooseAsync(page, "reviewResult", "通知补正");
            await CaseWork.WriteAsync(page, "correctionItems", items);
            await page.GetByRole(AriaRole.Button, new() { Name = "预览补正通知书" }).ClickAsync();
            var frame = page.GetByTestId("preview").Locator("iframe");
            await Expect(frame).ToBeVisibleAsync(new() { Timeout = 60_000 });
            var pdf = await page.Context.APIRequest.GetAsync((await frame.GetAttributeAsync("src"))!);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        }, shot: "correction-review");

        // Issued on completion: the case waits for correction, the notice is in the register with its stored PDF.
        var handler = await work.AsAsync("handler");
        await work.OpenCaseAsync(handler);
        await Expect(handler.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("待补正");
        await CaseWork.VerifyDocumentAsync(handler, "补正通知书");

        // The notice's service starts the applicant's ten working days; only then does the workflow wait for materials.
        await work.WorkAsync("clerk", "登记补正通知送达", page => CaseWork.ChooseAsync(page, "serviceMethod", "直接送达"));

        await work.OpenCaseAsync(handler);
        var events = handler.GetByTestId("case-events");
        await events.GetByRole(AriaRole.Button, new() { Name = "补正材料已提交" }).ClickAsync();
        await Expect(events).ToContainTextAsync("重新进行受理审查");
        await app.ShotAsync(handler, "correction-event");
        await events.GetByRole(AriaRole.Button, new() { Name = "确认办理“补正材料已提交”" }).ClickAsync();
        await Expect(handler.GetByText("已办理：补正材料已提交")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        // The review again, from the day the materials arrived.
        await Expect(handler.GetByRole(AriaRole.Tabpanel)).ToContainTextAsync("受理审查中");
        await handler.GetByRole(AriaRole.Tab, new() { Name = "期限" }).ClickAsync();
        await Expect(handler.GetByTestId("deadline").Filter(new() { HasText = "受理审查期限" })).ToContainTextAsync("收到补正材料之日");

        await work.WorkAsync("handler", "受理审查", async page =>
        {
            await CaseWork.ChooseAsync(page, "reviewResult", "予以受理");
            await CaseWork.ChooseAsync(page, "procedure", "普通程序");
        });

        await work.OpenCaseAsync(handler);
        var overview = handler.GetByRole(AriaRole.Tabpanel);
        await Expect(overview).ToContainTextAsync("审理中");
        await Expect(overview).ToContainTextAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy年M月d日"));
        await handler.GetByRole(AriaRole.Tab, new() { Name = "期限" }).ClickAsync();
        var decision = handler.GetByTestId("deadline").Filter(new() { HasText = "行政复议审理期限" });
        await Expect(decision).ToContainTextAsync("60日");
        await Expect(decision).ToContainTextAsync("剩余");
        await Expect(handler.GetByTestId("deadline").Filter(new() { HasText = "发送申请书副本期限" })).ToContainTextAsync("7个工作日");
        await app.ShotAsync(handler, "correction-accepted");
    }
}
