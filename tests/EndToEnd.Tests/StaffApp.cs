using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

/// <summary>One host and one Chromium for all browser tests: starting them is most of the suite's time.</summary>
public class StaffApp : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public HostProcess Host { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where the screenshots go: beside the test assembly.</summary>
    public string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        // A wait budget for a busy machine (other test assemblies run beside this one), not a measurement: the page's
        // assertions wait as long as its actions (below), not Playwright's 5 seconds.
        SetDefaultExpectTimeout(15_000);
        Host = await HostProcess.StartAsync();
        await Host.StartHandlerTaskAsync();
        _playwright = await Playwright.CreateAsync();
        // Debian's Chromium; Playwright's own browser download is not used.
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh browser session at 1366×768, the smallest screen in the offices.</summary>
    public async Task<IPage> PageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in on the sign-in page an anonymous visit is sent to (the result is the test's to check).</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = HostProcess.Password)
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    /// <summary>A fresh session signed in as <paramref name="userName"/>, on the workbench.</summary>
    public async Task<IPage> SignedInAsync(string userName)
    {
        var page = await PageAsync();
        await SignInAsync(page, userName);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Saves what the page shows under <see cref="Screenshots"/>.</summary>
    public Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = false });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }
}
