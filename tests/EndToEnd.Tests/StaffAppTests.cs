using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

[Collection(StaffAppCollection.Name)]
public sealed class StaffAppTests(StaffApp app)
{
    [Fact]
    public async Task A_handler_signs_in_sees_the_workbench_claims_a_task_on_the_task_page_and_signs_out()
    {
        var page = await app.PageAsync();
        await StaffApp.SignInAsync(page, "handler");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in")).ToContainTextAsync("李明（承办人）");
        await Expect(page.GetByTestId("count-claimable").Locator(".count")).Not.ToHaveTextAsync("0");
        await app.ShotAsync(page, "workbench");

        await page.GetByRole(AriaRole.Link, new() { Name = "待办" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办", Level = 1 })).ToBeVisibleAsync();
        var row = page.GetByTestId("task-row").Filter(new() { HasText = HostProcess.TaskName }).First;
        await Expect(row).ToContainTextAsync("剩余");
        await app.ShotAsync(page, "tasks");
        await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Expect(page.GetByText($"已认领：{HostProcess.TaskName}")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("已认领（本人）");

        await page.GetByRole(AriaRole.Link, new() { Name = "案件查询" }).ClickAsync();
        await Expect(page.GetByTestId("case-row").First).ToBeVisibleAsync();
        await app.ShotAsync(page, "case-search");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await page.GotoAsync("/tasks");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
    }

    [Fact]
    public async Task A_handler_opens_the_review_from_the_task_list_corrects_a_refused_form_and_completes_it_to_the_next_task()
    {
        var page = await app.PageAsync();
        await StaffApp.SignInAsync(page, "handler");
        await page.GetByRole(AriaRole.Link, new() { Name = "待办", Exact = true }).ClickAsync();
        var row = page.GetByTestId("task-row").Filter(new() { HasText = "受理审查" }).First;
        await row.GetByRole(AriaRole.Link).ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "受理审查", Level = 1 });
        await Expect(heading).ToBeVisibleAsync();
        await Expect(page.GetByTestId("case-summary")).ToContainTextAsync("周晓梅");
        await Expect(page.GetByTestId("task-status")).ToContainTextAsync("尚未认领");
        await page.GetByTestId("task-header").GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Expect(page.GetByTestId("task-status")).ToHaveCountAsync(0);

        // Correction without its items: refused beside the field, the task stays open on its page.
        await page.Locator("label.mud-radio", new() { HasText = "通知补正" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Expect(page.GetByTestId("field-correctionItems")).ToContainTextAsync("请填写补正事项。");
        await Expect(heading).ToBeVisibleAsync();
        await app.ShotAsync(page, "task-form-error");

        // The items fixed: the correction notice previews as it would be issued.
        await page.GetByLabel("补正事项").FillAsync("提供申请人的居民身份证复印件；\n写明具体的行政复议请求。");
        await Expect(page.GetByTestId("field-correctionItems")).Not.ToContainTextAsync("请填写补正事项。");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览补正通知书" }).ClickAsync();
        var frame = page.GetByTestId("preview").Locator("iframe");
        await Expect(frame).ToBeVisibleAsync();
        var pdf = await page.Context.APIRequest.GetAsync((await frame.GetAttributeAsync("src"))!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await app.ShotAsync(page, "task-preview");

        // Accepted instead: the next task of the case for the handler's role opens.
        await page.Locator("label.mud-radio", new() { HasText = "予以受理" }).ClickAsync();
        await page.Locator("label.mud-radio", new() { HasText = "普通程序" }).ClickAsync();
        await app.ShotAsync(page, "task-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        // Accepting issues the acceptance notices (composed, signed, registered) before the page moves on: on a busy
        // machine that takes longer than a click's usual wait, so this one wait is longer.
        await Expect(page.GetByText("已办结：受理审查")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "发送申请书副本（七个工作日内）", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("task-status")).ToContainTextAsync("尚未认领");
        await app.ShotAsync(page, "task-next");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Chinese()
    {
        var page = await app.PageAsync();
        await StaffApp.SignInAsync(page, "reviewer", "wrong-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码不正确。");
        await app.ShotAsync(page, "signin-refused");
    }

    [Fact]
    public async Task A_clerk_does_not_see_the_administration_menu_and_an_administrator_does()
    {
        var clerk = await app.PageAsync();
        await StaffApp.SignInAsync(clerk, "clerk");
        await Expect(clerk.GetByTestId("signed-in")).ToContainTextAsync("收案登记员");
        await Expect(clerk.GetByRole(AriaRole.Link, new() { Name = "案件查询" })).ToBeVisibleAsync();
        await Expect(clerk.GetByTestId("admin-nav")).ToHaveCountAsync(0);
        await Expect(clerk.GetByRole(AriaRole.Link, new() { Name = "用户与角色" })).ToHaveCountAsync(0);

        var admin = await app.PageAsync();
        await StaffApp.SignInAsync(admin, "admin");
        await Expect(admin.GetByTestId("admin-nav")).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "用户与角色" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "李明", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_administrator_creates_a_user_who_signs_in_imports_a_holiday_year_from_the_notice_and_edits_the_organ()
    {
        var admin = await app.PageAsync();
        await StaffApp.SignInAsync(admin, "admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "用户与角色" }).ClickAsync();
        var create = admin.GetByTestId("user-create");
        await create.GetByLabel("用户名").FillAsync("handler9");
        await create.GetByLabel("姓名").FillAsync("吴芳");
        await create.GetByLabel("初始密码").FillAsync("Start@2026x");
        await create.GetByText("审核人").ClickAsync();
        await create.GetByRole(AriaRole.Button, new() { Name = "新增用户" }).ClickAsync();
        await Expect(admin.GetByTestId("admin-message")).ToContainTextAsync("已新增用户 handler9（吴芳）");
        await Expect(admin.GetByTestId("user-row").Filter(new() { HasText = "handler9" })).ToContainTextAsync("审核人");
        await app.ShotAsync(admin, "admin-users");

        await admin.GetByRole(AriaRole.Link, new() { Name = "节假日安排" }).ClickAsync();
        await Expect(admin.GetByTestId("holiday-year").Filter(new() { HasText = "2026" })).ToContainTextAsync("2月15日至23日");
        await admin.GetByLabel("通知原文").FillAsync("""
            国务院办公厅关于2026年部分节假日安排的通知
            国办发明电〔2025〕7号
            一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
            二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
            三、清明节：4月4日（周六）至6日（周一）放假，共3天。
            四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
            五、端午节：6月19日（周五）至21日（周日）放假，共3天。
            六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
            七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
            """);
        await admin.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        await Expect(admin.GetByTestId("holiday-preview")).ToContainTextAsync("2月14日、2月28日");
        await app.ShotAsync(admin, "admin-holidays-preview");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.GetByTestId("holiday-message")).ToContainTextAsync("已保存2026年的节假日安排（2026.txt），已生效。");
        await Expect(admin.GetByTestId("holiday-saved")).ToContainTextAsync("2026");
        await admin.GetByRole(AriaRole.Link, new() { Name = "机关与文号" }).ClickAsync();
        await Expect(admin.GetByTestId("numbering")).ToContainTextAsync("行政复议决定书");
        await admin.GetByLabel("联系人", new() { Exact = true }).FillAsync("周倩");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存机关信息" }).ClickAsync();
        await Expect(admin.GetByTestId("organ-message")).ToContainTextAsync("机关信息已保存");
        await Expect(admin.GetByTestId("organ-changes")).ToContainTextAsync("联系人 周倩");
        await app.ShotAsync(admin, "admin-organ");

        var created = await app.PageAsync();
        await StaffApp.SignInAsync(created, "handler9", "Start@2026x");
        await Expect(created.GetByTestId("signed-in")).ToContainTextAsync("吴芳（审核人）");
    }
}
