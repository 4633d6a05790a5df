using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>试运行 in the browser: the shipped workflow run on the server in memory, a task completed, the token moved.</summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerTestRunTests(DesignerApp app)
{
    [Fact]
    public async Task A_designer_runs_the_shipped_workflow_completes_its_first_task_and_sees_the_token_move()
    {
        var designer = await DesignerPage.SignInAsync(await app.PageAsync());
        var page = designer.Page;
        await page.GetByTestId("process-Reconsideration").GetByRole(AriaRole.Link, new() { Name = "打开" }).ClickAsync();
        await Expect(designer.Shape("Intake")).ToBeVisibleAsync();

        await designer.ClickToolbarAsync("test-run-toggle");
        await designer.ClickToolbarAsync("start-run");
        await Expect(page.GetByTestId("run-state")).ToHaveTextAsync("状态：进行中");
        await Expect(designer.Shape("Intake")).ToHaveClassAsync(new Regex("rc-run-active"));
        await Expect(page.GetByTestId("open-task-Intake")).ToContainTextAsync("收案登记");

        var variables = page.GetByTestId("task-variables-Intake");
        await variables.GetByLabel("变量名").FillAsync("channel");
        await variables.GetByLabel("值（可写 JSON）").FillAsync("\"written\"");
        await designer.ClickToolbarAsync("complete-Intake");

        await Expect(designer.Shape("ReviewApplication")).ToHaveClassAsync(new Regex("rc-run-active"));
        await Expect(designer.Shape("Intake")).ToHaveClassAsync(new Regex("rc-run-done"));
        await Expect(designer.Shape("Intake")).Not.ToHaveClassAsync(new Regex("rc-run-active"));
        await Expect(page.GetByTestId("open-task-ReviewApplication")).ToContainTextAsync("受理审查");
        await Expect(page.GetByTestId("run-log")).ToContainTextAsync("办结任务“收案登记”，变量 channel = \"written\"");
        await Expect(page.GetByTestId("run-log")).ToContainTextAsync("服务任务“出具接收材料凭证”：处理程序 documents.issue");
        await app.ShotAsync(page, "designer-test-run");

        // A bad period is refused in Chinese; the run stays where it was.
        await page.GetByLabel("推进时钟").FillAsync("五天");
        await designer.ClickToolbarAsync("advance");
        await Expect(page.GetByTestId("run-error")).ToContainTextAsync("无法识别的时长“五天”");
        await Expect(designer.Shape("ReviewApplication")).ToHaveClassAsync(new Regex("rc-run-active"));
    }
}
