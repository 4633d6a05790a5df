using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

/// <summary>
/// A whole ordinary case worked in the browser by the people whose tasks they are, in turn: the clerk registers it (API),
/// the handler accepts it and sends the copy, the clerk records the notice's service, the handler records the reply,
/// hears the parties, concludes and drafts 维持, the reviewer approves, the bureau head signs (a clerk reaching for the
/// signing task is refused), the clerk records service on both parties, and the case is closed.
/// </summary>
[Collection(StaffAppCollection.Name)]
public sealed class WholeCaseTests(StaffApp app)
{
    [Fact]
    public async Task Four_people_work_an_ordinary_case_from_registration_to_a_signed_maintained_decision_served_and_closed()
    {
        var work = new CaseWork(app);
        await work.RegisterAsync(
            new { kind = "NaturalPerson", name = "程晓芸", idNumber = "360102198503040028", address = "红谷滩区丰和中大道1号", phone = "13907910002" },
            new { type = "Other", title = "责令限期拆除决定", documentNumber = "红城管拆〔2026〕7号" },
            "红谷滩区城市管理局", "撤销被申请人作出的红城管拆〔2026〕7号《责令限期拆除决定书》。", "申请人认为涉案建筑系合法建造，被申请人认定事实错误。");

        await work.WorkAsync("handler", "受理审查", async page =>
        {
            await CaseWork.ChooseAsync(page, "reviewResult", "予以受理");
            await CaseWork.ChooseAsync(page, "procedure", "普通程序");
        });
        await work.WorkAsync("handler", "发送申请书副本（七个工作日内）", CaseWork.NoFields);
        await work.WorkAsync("clerk", "登记答复通知书送达", page => CaseWork.ChooseAsync(page, "serviceMethod", "直接送达"));
        await work.WorkAsync("handler", "登记被申请人答复及证据", async page =>
        {
            await CaseWork.ChooseAsync(page, "replyReceived", "已收到");
            await CaseWork.ChooseAsync(page, "evidenceSubmitted", "是");
            // The reply and its evidence go into the case's materials beside the form; the choices made stay.
            var materials = page.GetByTestId("task-materials");
            await materials.GetByLabel("材料名称").FillAsync("被申请人答复书及证据");
            await page.GetByTestId("material-file").SetInputFilesAsync(new FilePayload
            {
                Name = "答复书.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% 行政复议答复书\n"u8.ToArray(),
            });
            await materials.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
            await Expect(materials.GetByTestId("material-row")).ToContainTextAsync("答复书.pdf");
            await Expect(page.GetByTestId("field-evidenceSubmitted").Locator("input[type=radio]:checked")).ToHaveCountAsync(1);
        });
        await work.WorkAsync("handler", "听取当事人意见", async page =>
        {
            await CaseWork.ChooseAsync(page, "hearingNeeded", "否");
            await CaseWork.ChooseAsync(page, "committeeNeeded", "否");
        });
        await work.WorkAsync("handler", "提出审理意见", page => CaseWork.ChooseAsync(page, "outcome", "作出行政复议决定"));
        await work.WorkAsync("handler", "拟定文书", page => CaseWork.DraftMaintainAsync(page,
            "涉案建筑未取得建设工程规划许可证，属违法建设。", "涉案建筑于2025年建成，未取得建设工程规划许可证。",
            "维持被申请人作出的红城管拆〔2026〕7号《责令限期拆除决定书》。"), shot: "whole-case-draft");

        // The reviewer approves; a clerk reaching for the signing task is refused and cannot complete it.
        await work.WorkAsync("reviewer", "审核", page => CaseWork.ChooseAsync(page, "approved", "同意"));
        var clerk = await work.AsAsync("clerk");
        await work.OpenTaskAsync(clerk, "局长签发");
        await Expect(clerk.GetByTestId("task-status")).ToContainTextAsync("您的角色不能办理");
        await Expect(clerk.GetByRole(AriaRole.Button, new() { Name = "办结" })).ToHaveCountAsync(0);
        await app.ShotAsync(clerk, "whole-case-clerk-refused");
        await work.WorkAsync("bureau-head", "局长签发", page => CaseWork.ChooseAsync(page, "approved", "同意"));

        // Service on the applicant and on the respondent, each recorded by the clerk.
        await work.WorkAsync("clerk", "送达并登记送达回证", page => CaseWork.ChooseAsync(page, "serviceMethod", "直接送达"));
        await work.WorkAsync("clerk", "送达并登记送达回证", page => CaseWork.ChooseAsync(page, "serviceMethod", "直接送达"));

        Assert.Equal("Closed", (await work.DetailAsync()).GetProperty("status").GetString());
        await work.OpenCaseAsync(clerk);
        await CaseWork.VerifyDocumentAsync(clerk, "行政复议决定书");
        await app.ShotAsync(clerk, "whole-case-closed");
    }
}
