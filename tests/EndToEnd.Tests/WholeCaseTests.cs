using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
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
public sealed partial class WholeCaseTests(StaffApp app)
{
    private readonly Dictionary<string, IPage> _pages = [];

    /// <summary>A signed-in browser session per person, kept for the whole case.</summary>
    private async Task<IPage> AsAsync(string userName) =>
        _pages.TryGetValue(userName, out var open) ? open : _pages[userName] = await app.SignedInAsync(userName);

    /// <summary>Opens the case's task from the workspace's 待办 tab, as the person would.</summary>
    private static async Task OpenTaskAsync(IPage page, string caseUrl, string taskName)
    {
        await page.GotoAsync(caseUrl);
        await page.GetByRole(AriaRole.Tab, new() { Name = "待办" }).ClickAsync();
        await page.GetByTestId("case-task-row").Filter(new() { HasText = taskName }).First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = taskName, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Opens the task, claims it when it is unclaimed, fills the form and completes it.</summary>
    private async Task WorkAsync(string userName, string caseUrl, string taskName, Func<IPage, Task> fill, string? shot = null)
    {
        var page = await AsAsync(userName);
        await OpenTaskAsync(page, caseUrl, taskName);
        var claim = page.GetByTestId("task-header").GetByRole(AriaRole.Button, new() { Name = "认领" });
        if (await claim.CountAsync() > 0)
        {
            await claim.ClickAsync();
            await Expect(page.GetByTestId("task-status")).ToHaveCountAsync(0);
        }
        await fill(page);
        if (shot is not null) await app.ShotAsync(page, shot);
        await page.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        // A completion may issue signed documents on its way: allow it more than a click's usual wait.
        await Expect(page.GetByText($"已办结：{taskName}")).ToBeVisibleAsync(new() { Timeout = 90_000 });
    }

    /// <summary>The radio of <paramref name="field"/> labelled exactly <paramref name="option"/> (同意 is part of 不同意).</summary>
    private static Task ChooseAsync(IPage page, string field, string option) =>
        page.GetByTestId($"field-{field}").Locator("label.mud-radio", new() { HasTextRegex = new Regex($@"^\s*{Regex.Escape(option)}\s*$") }).ClickAsync();

    private static Task WriteAsync(IPage page, string field, string text) =>
        page.GetByTestId($"field-{field}").Locator("textarea:visible, input:visible").First.FillAsync(text);

    private static Task NoFieldsAsync(IPage page) => Task.CompletedTask;

    [Fact]
    public async Task Four_people_work_an_ordinary_case_from_registration_to_a_signed_maintained_decision_served_and_closed()
    {
        // 收案登记 by the clerk through the API (the browser's intake form has its own test, CaseWorkspaceTests); the
        // workflow starts as it does from the form.
        var clerk = await AsAsync("clerk");
        using var clerkApi = await app.Host.ApiAsync("clerk");
        var received = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var registered = await clerkApi.PostAsJsonAsync("api/v1/cases", new
        {
            application = new
            {
                receivedOn = received, channel = "Window",
                applicants = new[] { new { kind = "NaturalPerson", name = "程晓芸", idNumber = "360102198503040028", address = "红谷滩区丰和中大道1号", phone = "13907910002" } },
                respondent = new { name = "红谷滩区城市管理局" },
                challengedAct = new { type = "Other", title = "责令限期拆除决定", documentNumber = "红城管拆〔2026〕7号" },
                requests = "撤销被申请人作出的红城管拆〔2026〕7号《责令限期拆除决定书》。",
                factsAndReasons = "申请人认为涉案建筑系合法建造，被申请人认定事实错误。",
            },
        });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetString()!;
        var caseUrl = new Uri(app.Host.BaseAddress, $"cases/{caseId}").ToString();

        await WorkAsync("handler", caseUrl, "受理审查", async page =>
        {
            await ChooseAsync(page, "reviewResult", "予以受理");
            await ChooseAsync(page, "procedure", "普通程序");
        });
        await WorkAsync("handler", caseUrl, "发送申请书副本", NoFieldsAsync);
        await WorkAsync("clerk", caseUrl, "登记答复通知书送达", page => ChooseAsync(page, "serviceMethod", "直接送达"));
        await WorkAsync("handler", caseUrl, "登记被申请人答复及证据", async page =>
        {
            await ChooseAsync(page, "replyReceived", "已收到");
            await ChooseAsync(page, "evidenceSubmitted", "是");
        });
        await WorkAsync("handler", caseUrl, "听取当事人意见", async page =>
        {
            await ChooseAsync(page, "hearingNeeded", "否");
            await ChooseAsync(page, "committeeNeeded", "否");
        });
        await WorkAsync("handler", caseUrl, "提出审理意见", page => ChooseAsync(page, "outcome", "作出行政复议决定"));
        await WorkAsync("handler", caseUrl, "拟定文书", async page =>
        {
            await page.GetByTestId("field-decisionKind").Locator(".mud-select").First.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "维持" }).First.ClickAsync();
            await WriteAsync(page, "respondentSays", "涉案建筑未取得建设工程规划许可证，属违法建设。");
            await WriteAsync(page, "facts", "涉案建筑于2025年建成，未取得建设工程规划许可证。");
            await WriteAsync(page, "reasoning", "被申请人作出的决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。");
            await WriteAsync(page, "holding", "维持被申请人作出的红城管拆〔2026〕7号《责令限期拆除决定书》。");
            await WriteAsync(page, "articles", "《中华人民共和国行政复议法》第六十八条");
            await ChooseAsync(page, "opinionLetterNeeded", "否");
        }, shot: "whole-case-draft");

        // The reviewer approves; a clerk reaching for the signing task is refused and cannot complete it.
        await WorkAsync("reviewer", caseUrl, "审核", page => ChooseAsync(page, "approved", "同意"));
        await OpenTaskAsync(clerk, caseUrl, "局长签发");
        await Expect(clerk.GetByTestId("task-status")).ToContainTextAsync("您的角色不能办理");
        await Expect(clerk.GetByRole(AriaRole.Button, new() { Name = "办结" })).ToHaveCountAsync(0);
        await app.ShotAsync(clerk, "whole-case-clerk-refused");
        await WorkAsync("bureau-head", caseUrl, "局长签发", page => ChooseAsync(page, "approved", "同意"));

        // Service on the applicant and on the respondent, each recorded by the clerk.
        await WorkAsync("clerk", caseUrl, "送达并登记送达回证", page => ChooseAsync(page, "serviceMethod", "直接送达"));
        await WorkAsync("clerk", caseUrl, "送达并登记送达回证", page => ChooseAsync(page, "serviceMethod", "直接送达"));

        using var api = await app.Host.ApiAsync("reviewer");
        var detail = await api.GetFromJsonAsync<JsonElement>($"api/v1/cases/{caseId}");
        Assert.Equal("Closed", detail.GetProperty("case").GetProperty("status").GetString());
        var documents = await api.GetFromJsonAsync<JsonElement>($"api/v1/cases/{caseId}/documents");
        Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("documentType").GetString() == "decision");

        await clerk.GotoAsync(caseUrl);
        await clerk.GetByRole(AriaRole.Tab, new() { Name = "文书" }).ClickAsync();
        var decision = clerk.GetByTestId("document-row").Filter(new() { HasText = "行政复议决定书" });
        await decision.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();
        await Expect(decision.GetByTestId("document-check")).ToContainTextAsync("文件与登记一致");
        await app.ShotAsync(clerk, "whole-case-closed");
    }
}
