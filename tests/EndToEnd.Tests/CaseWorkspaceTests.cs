using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

[Collection(StaffAppCollection.Name)]
public sealed partial class CaseWorkspaceTests(StaffApp app)
{
    // GB 11643's own example number, and the same with a wrong check digit.
    private const string ValidId = "11010519491231002X";
    private const string WrongCheckDigit = "110105194912310021";

    [GeneratedRegex(@"/cases/[0-9a-f-]{36}$")]
    private static partial Regex WorkspaceUrl();

    /// <summary>
    /// Waits until the page has moved the focus to its heading, as it does after every navigation: a field filled
    /// before that would lose its focus, and the text typed, to the heading.
    /// </summary>
    private static Task IntakeReadyAsync(IPage page) =>
        Expect(page.GetByRole(AriaRole.Heading, new() { Name = "收案登记", Level = 1 })).ToBeFocusedAsync();

    private async Task<int> RegisteredCasesAsync()
    {
        using var api = await app.Host.ApiAsync("reviewer");
        return (await api.GetFromJsonAsync<JsonElement>("api/v1/cases?pageSize=100")).GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task A_clerk_registers_a_case_after_correcting_the_resident_id_and_lands_on_its_workspace()
    {
        var page = await app.SignedInAsync("clerk");
        await page.GetByRole(AriaRole.Link, new() { Name = "收案登记" }).ClickAsync();
        await IntakeReadyAsync(page);
        // The respondent field suggests the register's respondents through the browser's own list.
        await Expect(page.Locator("#known-respondents option[value='红谷滩区城市管理局']")).ToHaveCountAsync(1);

        await page.GetByLabel("姓名").FillAsync("欧阳明");
        await page.GetByLabel("公民身份号码").FillAsync(WrongCheckDigit);
        await page.GetByLabel("联系电话").FillAsync("13907910001");
        await page.GetByLabel("被申请人名称").FillAsync("红谷滩区市场监督管理局");
        await page.GetByLabel("行为名称").FillAsync("行政处罚决定");
        await page.GetByLabel("文号").FillAsync("红市监罚〔2026〕31号");
        await page.GetByLabel("行政复议请求").FillAsync("撤销被申请人作出的红市监罚〔2026〕31号《行政处罚决定书》。");
        await page.GetByLabel("事实和理由").FillAsync("申请人认为被申请人认定事实不清。");
        var before = await RegisteredCasesAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();

        var idField = page.GetByTestId("applicant-fields").Locator(".mud-input-control").Filter(new() { Has = page.GetByLabel("公民身份号码") });
        await Expect(idField).ToContainTextAsync("校验码错误");
        await Expect(page.GetByTestId("intake-problems")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cases/new$"));
        Assert.Equal(before, await RegisteredCasesAsync());
        await page.GetByRole(AriaRole.Heading, new() { Name = "收案登记", Level = 1 }).ScrollIntoViewIfNeededAsync();
        await app.ShotAsync(page, "intake-invalid-id");

        await page.GetByLabel("公民身份号码").FillAsync(ValidId);
        await page.GetByTestId("intake-file").SetInputFilesAsync(new FilePayload
        {
            Name = "申请书.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% 行政复议申请书\n"u8.ToArray(),
        });
        await Expect(page.GetByTestId("intake-attachment")).ToContainTextAsync("申请书.pdf");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();

        try
        {
            // Registration issues the signed receipt of materials on the way: allow it more than the default wait.
            await Expect(page).ToHaveURLAsync(WorkspaceUrl(), new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            // Say what the form still objects to rather than only that the page did not change.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, "intake-not-registered.png"), FullPage = true });
            var problems = page.GetByTestId("intake-problems");
            if (await problems.CountAsync() > 0) Assert.Fail(await problems.InnerTextAsync());
            throw;
        }
        var number = page.GetByTestId("case-number");
        await Expect(number).ToHaveTextAsync(new Regex(@"^红府复〔\d{4}〕\d+号$"));
        await Expect(page.GetByText($"已登记，案号：{await number.TextContentAsync()}")).ToBeVisibleAsync();
        Assert.Equal(before + 1, await RegisteredCasesAsync());

        await page.GetByRole(AriaRole.Tab, new() { Name = "当事人" }).ClickAsync();
        var applicant = page.GetByTestId("party-row").First;
        await Expect(applicant).ToContainTextAsync("欧阳明");
        await Expect(applicant).ToContainTextAsync(ValidId);
        await Expect(applicant).ToContainTextAsync("女");
        await Expect(page.GetByTestId("respondent-row")).ToContainTextAsync("红谷滩区市场监督管理局");

        await page.GetByRole(AriaRole.Tab, new() { Name = "期限" }).ClickAsync();
        var review = page.GetByTestId("deadline").Filter(new() { HasText = "受理审查期限" });
        await Expect(review).ToContainTextAsync("剩余");
        await Expect(review).ToContainTextAsync("起算");
        await Expect(review).ToContainTextAsync("5个工作日");
        await Expect(review).ToContainTextAsync("计算过程");
        await app.ShotAsync(page, "case-workspace");

        await page.GetByRole(AriaRole.Tab, new() { Name = "材料" }).ClickAsync();
        await Expect(page.GetByTestId("material-row")).ToContainTextAsync("行政复议申请书");

        // Intake started the workflow, which issued the receipt of materials: its stored PDF matches the register.
        await page.GetByRole(AriaRole.Tab, new() { Name = "文书" }).ClickAsync();
        var receipt = page.GetByTestId("document-row").Filter(new() { HasText = "接收材料凭证" });
        await receipt.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();
        await Expect(receipt.GetByTestId("document-check")).ToContainTextAsync("文件与登记一致");

        await page.GetByRole(AriaRole.Tab, new() { Name = "待办" }).ClickAsync();
        await Expect(page.GetByTestId("case-task-row").First.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new Regex("^tasks/[0-9a-f-]{36}$"));

        await page.GetByRole(AriaRole.Tab, new() { Name = "办理记录" }).ClickAsync();
        await Expect(page.GetByTestId("journal-line").Filter(new() { HasText = "收案登记（窗口递交" })).ToContainTextAsync("王敏");
    }

    [Fact]
    public async Task An_oral_application_prints_its_transcript_for_the_applicant_to_sign_before_it_is_registered()
    {
        var page = await app.SignedInAsync("clerk");
        await page.GotoAsync("/cases/new");
        await IntakeReadyAsync(page);
        await page.GetByRole(AriaRole.Radio, new() { Name = "口头申请" }).CheckAsync();
        await page.GetByLabel("姓名").FillAsync("欧阳明");
        await page.GetByLabel("公民身份号码").FillAsync(ValidId);
        await page.GetByLabel("被申请人名称").FillAsync("红谷滩区城市管理局");
        await page.GetByLabel("行为名称").FillAsync("行政处罚决定");
        await page.GetByLabel("行政复议请求").FillAsync("撤销行政处罚决定。");
        await page.GetByLabel("事实和理由").FillAsync("申请人认为处罚过重。");
        await page.GetByLabel("开始时间").FillAsync("09:30");
        await page.GetByLabel("地点").FillAsync("红谷滩区行政复议接待室");
        await page.GetByLabel("接待人").FillAsync("王敏");

        IDownload download;
        try
        {
            // Rendering the PDF with its fonts takes a while on a busy machine: a wait budget, not a measurement.
            download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "打印口头申请笔录（PDF）" }).ClickAsync(),
                new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            var problems = page.GetByTestId("intake-problems");
            if (await problems.CountAsync() > 0) Assert.Fail(await problems.InnerTextAsync());
            throw;
        }

        Assert.Equal("口头申请笔录.pdf", download.SuggestedFilename);
        var head = new byte[5];
        await using (var file = File.OpenRead(await download.PathAsync())) await file.ReadExactlyAsync(head);
        Assert.Equal("%PDF-"u8.ToArray(), head);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(page.GetByTestId("oral-record")).ToContainTextAsync("签名确认");
        await Expect(page.GetByTestId("intake-problems")).ToContainTextAsync("口头申请笔录须交申请人核对并签名确认");
    }

    [Fact]
    public async Task A_handler_cannot_open_a_case_another_handler_handles()
    {
        using var api = await app.Host.ApiAsync("reviewer");
        var cases = await api.GetFromJsonAsync<JsonElement>("api/v1/cases?pageSize=100");
        var theirs = cases.GetProperty("items").EnumerateArray().First(c => c.GetProperty("handler").GetString() == "handler");

        var page = await app.SignedInAsync("handler2");
        await page.GotoAsync($"/cases/{theirs.GetProperty("id").GetString()}");

        await Expect(page.GetByTestId("case-refused")).ToContainTextAsync("由承办人李明办理");
        await Expect(page.GetByTestId("case-number")).ToHaveCountAsync(0);
        await app.ShotAsync(page, "case-refused");

        await page.GetByRole(AriaRole.Link, new() { Name = "案件查询", Exact = true }).ClickAsync();
        var row = page.GetByTestId("case-row").Filter(new() { HasText = theirs.GetProperty("number").GetString()! });
        await Expect(row).ToContainTextAsync("由其他承办人办理");
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
    }
}
