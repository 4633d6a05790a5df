using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

/// <summary>
/// One case worked in the browser by the people whose tasks they are, each in their own signed-in session kept for the
/// whole case: registered by the clerk through the API (the intake form has its own test), then task after task from
/// the workspace's 待办 tab.
/// </summary>
public sealed class CaseWork(StaffApp app)
{
    private readonly Dictionary<string, IPage> _pages = [];

    public string CaseId { get; private set; } = "";

    /// <summary>The case workspace's address.</summary>
    public string CaseUrl => new Uri(app.Host.BaseAddress, $"cases/{CaseId}").ToString();

    /// <summary>The signed-in browser session of <paramref name="userName"/>.</summary>
    public async Task<IPage> AsAsync(string userName) =>
        _pages.TryGetValue(userName, out var open) ? open : _pages[userName] = await app.SignedInAsync(userName);

    /// <summary>收案登记 by the clerk through the API: the workflow starts as it does from the form.</summary>
    public async Task RegisterAsync(object applicant, object challengedAct, string respondent, string requests, string factsAndReasons)
    {
        using var clerk = await app.Host.ApiAsync("clerk");
        var registered = await clerk.PostAsJsonAsync("api/v1/cases", new
        {
            application = new
            {
                receivedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), channel = "Window",
                applicants = new[] { applicant }, respondent = new { name = respondent }, challengedAct, requests, factsAndReasons,
            },
        });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        CaseId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetString()!;
    }

    /// <summary>Opens the case's workspace in <paramref name="page"/>.</summary>
    public async Task OpenCaseAsync(IPage page)
    {
        await page.GotoAsync(CaseUrl);
        await Expect(page.GetByTestId("case-number")).ToBeVisibleAsync();
    }

    /// <summary>Opens the case's task from the workspace's 待办 tab, as the person would.</summary>
    public async Task OpenTaskAsync(IPage page, string taskName)
    {
        await OpenCaseAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "待办" }).ClickAsync();
        await page.GetByTestId("case-task-row").Filter(new() { HasText = taskName }).First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = taskName, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Opens the task, claims it when it is unclaimed, fills the form and completes it.</summary>
    public async Task WorkAsync(string userName, string taskName, Func<IPage, Task> fill, string? shot = null)
    {
        var page = await AsAsync(userName);
        await OpenTaskAsync(page, taskName);
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

    /// <summary>A form with nothing to fill (its defaults stand).</summary>
    public static Task NoFields(IPage page) => Task.CompletedTask;

    /// <summary>The radio of <paramref name="field"/> labelled exactly <paramref name="option"/> (同意 is part of 不同意).</summary>
    public static Task ChooseAsync(IPage page, string field, string option) =>
        page.GetByTestId($"field-{field}").Locator("label.mud-radio", new() { HasTextRegex = new Regex($@"^\s*{Regex.Escape(option)}\s*$") }).ClickAsync();

    public static Task WriteAsync(IPage page, string field, string text) =>
        page.GetByTestId($"field-{field}").Locator("textarea:visible, input:visible").First.FillAsync(text);

    /// <summary>拟定文书 of a 维持 decision: the kind chosen in the select, the narrative and the holding typed.</summary>
    public static async Task DraftMaintainAsync(IPage page, string respondentSays, string facts, string holding)
    {
        await page.GetByTestId("field-decisionKind").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "维持" }).First.ClickAsync();
        await WriteAsync(page, "respondentSays", respondentSays);
        await WriteAsync(page, "facts", facts);
        await WriteAsync(page, "reasoning", "被申请人作出的决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。");
        await WriteAsync(page, "holding", holding);
        await WriteAsync(page, "articles", "《中华人民共和国行政复议法》第六十八条");
        await ChooseAsync(page, "opinionLetterNeeded", "否");
    }

    /// <summary>Reviewed, signed by the bureau head, and served on both parties by the clerk.</summary>
    public async Task ApproveSignAndServeAsync()
    {
        await WorkAsync("reviewer", "审核", page => ChooseAsync(page, "approved", "同意"));
        await WorkAsync("bureau-head", "局长签发", page => ChooseAsync(page, "approved", "同意"));
        await WorkAsync("clerk", "送达并登记送达回证", page => ChooseAsync(page, "serviceMethod", "直接送达"));
        await WorkAsync("clerk", "送达并登记送达回证", page => ChooseAsync(page, "serviceMethod", "直接送达"));
    }

    /// <summary>The case as the API reads it.</summary>
    public async Task<JsonElement> DetailAsync()
    {
        using var api = await app.Host.ApiAsync("reviewer");
        return (await api.GetFromJsonAsync<JsonElement>($"api/v1/cases/{CaseId}")).GetProperty("case");
    }

    /// <summary>核验 of the issued document titled <paramref name="title"/> on the workspace's 文书 tab: its stored PDF matches the register.</summary>
    public static async Task VerifyDocumentAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "文书" }).ClickAsync();
        var row = page.GetByTestId("document-row").Filter(new() { HasText = title });
        await row.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();
        await Expect(row.GetByTestId("document-check")).ToContainTextAsync("文件与登记一致");
    }
}
