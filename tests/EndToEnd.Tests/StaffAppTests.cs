using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

[Collection(StaffAppCollection.Name)]
public sealed class StaffAppTests(StaffApp app)
{
    private static async Task SignInAsync(IPage page, string userName, string password = HostProcess.Password)
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    private Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, name + ".png"), FullPage = false });

    [Fact]
    public async Task A_handler_signs_in_sees_the_workbench_claims_a_task_on_the_task_page_and_signs_out()
    {
        var page = await app.PageAsync();
        await SignInAsync(page, "handler");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in")).ToContainTextAsync("李明（承办人）");
        await Expect(page.GetByTestId("count-claimable").Locator(".count")).Not.ToHaveTextAsync("0");
        await ShotAsync(page, "workbench");

        await page.GetByRole(AriaRole.Link, new() { Name = "待办" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办", Level = 1 })).ToBeVisibleAsync();
        var row = page.GetByTestId("task-row").Filter(new() { HasText = HostProcess.TaskName }).First;
        await Expect(row).ToContainTextAsync("剩余");
        await ShotAsync(page, "tasks");
        await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await Expect(page.GetByText($"已认领：{HostProcess.TaskName}")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("已认领（本人）");

        await page.GetByRole(AriaRole.Link, new() { Name = "案件查询" }).ClickAsync();
        await Expect(page.GetByTestId("case-row").First).ToBeVisibleAsync();
        await ShotAsync(page, "case-search");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await page.GotoAsync("/tasks");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Chinese()
    {
        var page = await app.PageAsync();
        await SignInAsync(page, "reviewer", "wrong-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码不正确。");
        await ShotAsync(page, "signin-refused");
    }

    [Fact]
    public async Task A_clerk_does_not_see_the_administration_menu_and_an_administrator_does()
    {
        var clerk = await app.PageAsync();
        await SignInAsync(clerk, "clerk");
        await Expect(clerk.GetByTestId("signed-in")).ToContainTextAsync("收案登记员");
        await Expect(clerk.GetByRole(AriaRole.Link, new() { Name = "案件查询" })).ToBeVisibleAsync();
        await Expect(clerk.GetByTestId("admin-nav")).ToHaveCountAsync(0);
        await Expect(clerk.GetByRole(AriaRole.Link, new() { Name = "用户与角色" })).ToHaveCountAsync(0);

        var admin = await app.PageAsync();
        await SignInAsync(admin, "admin");
        await Expect(admin.GetByTestId("admin-nav")).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "用户与角色" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "李明", Exact = true })).ToBeVisibleAsync();
    }
}
