using Microsoft.Playwright;

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

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }
}
