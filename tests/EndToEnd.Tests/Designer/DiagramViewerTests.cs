using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>
/// From drawing to a running case: a designer draws and publishes a process (and a second version), a case is started
/// on it, the handler finds the task in 待办 and the case's instance viewer shows it active; the designer sees the
/// version's statistics and the comparison of the two versions. Every visible word on the three diagram pages is Chinese.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class DiagramViewerTests(DesignerApp app)
{
    private const string TaskName = "简易审查材料";

    [Fact]
    public async Task A_drawn_process_runs_a_case_whose_task_the_viewer_shows_active_and_its_versions_compare()
    {
        var designer = await DesignerPage.SignInAsync(await app.PageAsync());
        var page = designer.Page;
        await designer.ClickToolbarAsync("new-process");
        await page.GetByLabel("流程标识").FillAsync("SimpleReview");
        await page.GetByLabel("流程名称").FillAsync("简易审查");
        await designer.ClickToolbarAsync("create-process");
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("草稿");

        var start = await designer.DragFromPaletteAsync("create.start-event", 250, 250);
        var task = await designer.DragFromPaletteAsync("create.task", 450, 250);
        var end = await designer.DragFromPaletteAsync("create.end-event", 650, 250);
        await designer.ReplaceAsync(task, "replace-with-user-task");
        await designer.ConnectAsync(start, task);

        // The end event has no incoming flow: the lint rule says so; connected, the process passes and is published.
        await designer.ClickToolbarAsync("validate");
        await Expect(page.GetByTestId("problem").Filter(new() { HasText = "没有流入的顺序流" })).ToHaveCountAsync(1);
        await designer.ConnectAsync(task, end);
        await designer.SelectAsync(task);
        await designer.OpenGroupAsync("基本信息");
        await page.GetByLabel("名称", new() { Exact = true }).FillAsync(TaskName);
        await designer.OpenGroupAsync("任务办理");
        await page.GetByLabel("候选角色：承办人").CheckAsync();
        await page.GetByLabel("办理期限（天数）").FillAsync("5");
        await page.GetByLabel("期限计算方式").SelectOptionAsync("CD");
        await designer.ClickToolbarAsync("validate");
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("校验通过，可以发布。");
        await designer.ClickToolbarAsync("publish");
        await page.GetByLabel("发布说明（必填）").FillAsync("新增简易审查流程");
        await designer.ClickToolbarAsync("confirm-publish");
        await Expect(page.GetByTestId("message")).ToHaveTextAsync("已发布：简易审查 第1版。正在办理的案件仍按原版本运行。");

        // A second version, published through the designer's API: a longer period for the task.
        using (var api = await app.Host.ApiAsync("designer"))
        {
            var xml = (await api.GetFromJsonAsync<JsonElement>("api/v1/designer/drafts/SimpleReview")).GetProperty("xml").GetString()!;
            Assert.Contains("rc:dueDate=\"P5CD\"", xml);
            var published = await api.PostAsJsonAsync("api/v1/designer/publish", new { xml = xml.Replace("rc:dueDate=\"P5CD\"", "rc:dueDate=\"P10CD\""), comment = "审查期限延长为10日" });
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }

        // A case on the new process, through the API; the handler finds its task in 待办.
        var (caseId, caseNumber) = await StartCaseAsync();
        var handler = await app.SignedInAsync("handler");
        await handler.GetByRole(AriaRole.Link, new() { Name = "待办", Exact = true }).ClickAsync();
        await handler.GetByLabel("按案号或环节筛选").FillAsync(TaskName);
        await Expect(handler.GetByTestId("task-row").Filter(new() { HasText = TaskName })).ToHaveCountAsync(1);

        // The instance viewer: the start and its flow passed, the task active, the journal newest first.
        await handler.GotoAsync($"cases/{caseId}");
        await handler.GetByTestId("case-diagram").ClickAsync();
        await Expect(handler.GetByRole(AriaRole.Heading, new() { Name = $"流程图：{caseNumber}", Level = 1 })).ToBeVisibleAsync();
        await Expect(handler.GetByTestId("diagram-process")).ToContainTextAsync("简易审查（第2版，办理中）");
        var viewer = handler.GetByTestId("instance-diagram");
        await Expect(Element(viewer, task)).ToHaveClassAsync(new Regex(@"\brc-active\b"));
        await Expect(Element(viewer, start)).ToHaveClassAsync(new Regex(@"\brc-passed\b"));
        await Expect(viewer.Locator(".djs-connection.rc-passed")).ToHaveCountAsync(1);
        await Expect(Element(viewer, end)).Not.ToHaveClassAsync(new Regex(@"\brc-(passed|active)\b"));
        var lines = handler.GetByTestId("diagram-journal-line");
        await Expect(lines.First).ToContainTextAsync($"生成任务“{TaskName}”");
        await Expect(lines.Last).ToContainTextAsync("流程启动");
        await lines.Filter(new() { HasText = $"进入“{TaskName}”" }).ClickAsync();
        await Expect(Element(viewer, task)).ToHaveClassAsync(new Regex(@"\brc-selected\b"));
        await app.ShotAsync(handler, "case-diagram");
        Assert.Empty(await ChineseText.EnglishOnAsync(handler));

        // The designer's statistics of version 2: one case passed the start, one waits at the task.
        await page.GotoAsync("designer");
        await page.GetByTestId("version-SimpleReview-2").GetByTestId("stats").ClickAsync();
        var stats = page.GetByTestId("stats-diagram");
        await Expect(stats.Locator($".rc-badge-waiting[data-element-id='{task}']")).ToHaveTextAsync("1");
        await Expect(stats.Locator($".rc-badge-passed[data-element-id='{start}']")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId($"stats-{task}")).ToContainTextAsync(TaskName);
        await app.ShotAsync(page, "designer-stats");
        Assert.Empty(await ChineseText.EnglishOnAsync(page));

        // The comparison of the two versions: the task changed, nothing else.
        await page.GotoAsync("designer");
        await page.GetByTestId("version-SimpleReview-2").GetByTestId("compare").ClickAsync();
        await Expect(page.GetByTestId($"change-{task}")).ToContainTextAsync("办理期限：“P5CD” → “P10CD”");
        await Expect(page.GetByTestId("change-list").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(Element(page.GetByTestId("compare-to-diagram"), task)).ToHaveClassAsync(new Regex(@"\brc-changed\b"));
        await Expect(Element(page.GetByTestId("compare-from-diagram"), task)).ToHaveClassAsync(new Regex(@"\brc-changed\b"));
        await app.ShotAsync(page, "designer-compare");
        Assert.Empty(await ChineseText.EnglishOnAsync(page));
    }

    [Fact]
    public async Task The_designer_role_sees_no_case_diagram_and_an_unknown_version_is_named()
    {
        var (caseId, _) = await CaseOfHandlerAsync();
        var page = await app.SignedInAsync("designer");
        await page.GotoAsync($"cases/{caseId}/diagram");
        await Expect(page.GetByTestId("diagram-refused")).ToContainTextAsync("无权查看");

        await page.GotoAsync("designer/compare/Reconsideration?from=1&to=7");
        await Expect(page.GetByTestId("message")).ToContainTextAsync("没有第7版");
        await page.GotoAsync("designer/stats/NoSuchProcess");
        await Expect(page.GetByTestId("message")).ToContainTextAsync("还没有发布过版本");
    }

    private static ILocator Element(ILocator viewer, string elementId) => viewer.Locator($".djs-element[data-element-id='{elementId}']");

    /// <summary>Starts SimpleReview on a case the handler may work on: POST api/v1/cases/{id}/workflow.</summary>
    private async Task<(string Id, string Number)> StartCaseAsync()
    {
        var (id, number) = await CaseOfHandlerAsync();
        using var client = await app.Host.ApiAsync("handler");
        var started = await client.PostAsJsonAsync($"api/v1/cases/{id}/workflow", new { processId = "SimpleReview" });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        return (id, number);
    }

    private async Task<(string Id, string Number)> CaseOfHandlerAsync()
    {
        using var client = await app.Host.ApiAsync("handler");
        var cases = await client.GetFromJsonAsync<JsonElement>("api/v1/cases?pageSize=100");
        var mine = cases.GetProperty("items").EnumerateArray()
            .Last(c => c.GetProperty("handler").ValueKind == JsonValueKind.Null || c.GetProperty("handler").GetString() == "handler");
        return (mine.GetProperty("id").GetString()!, mine.GetProperty("number").GetString()!);
    }
}
