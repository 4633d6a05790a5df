using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace Reconsideration.Benchmarks.Designer;

/// <summary>
/// A 200-element diagram opened in the designer's built bundle in headless Chromium (Debian's, through Playwright):
/// from a fresh page to the diagram drawn, its palette there and a first element selected with its context pad and
/// properties panel — the moment a person can edit. Page and bundle come from the build output, served through
/// Playwright's request routing, so no host runs.
/// </summary>
internal static class DesignerBenchmarks
{
    private const string Origin = "http://designer.bench/";

    public static async Task<string> RunAsync(bool quick, TextWriter log)
    {
        var rounds = quick ? 3 : 9;
        var bundle = BundleDirectory();
        var xml = LargeDiagram.Xml(100);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        await log.WriteLineAsync($"designer: {LargeDiagram.ElementCount(100)} elements, {rounds} rounds …");

        async Task<double> OpenOnce()
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
            await page.RouteAsync(Origin + "**", route => Serve(route, bundle, xml));
            var stopwatch = Stopwatch.StartNew();
            await page.GotoAsync(Origin + "index.html");
            await page.WaitForFunctionAsync("() => window.benchDone === true");
            await page.Locator(".djs-element[data-element-id='Task_50'] .djs-hit").First.ClickAsync(new() { Force = true });
            await page.Locator(".djs-context-pad [data-action='replace']").WaitForAsync();
            await page.Locator(".bio-properties-panel-header-type").WaitForAsync();
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            await page.CloseAsync();
            return elapsed;
        }

        await OpenOnce();
        var median = await Measure.MedianAsync(rounds, OpenOnce);
        var text = new StringBuilder();
        text.AppendLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}; {DateTime.UtcNow:yyyy-MM-dd}; median of {rounds} rounds.");
        text.AppendLine();
        text.AppendLine("| measure | result |");
        text.AppendLine("|---|---|");
        text.AppendLine($"| open a {LargeDiagram.ElementCount(100)}-element diagram in the designer until an element is selected with context pad and properties | **{median:0} ms** |");
        text.AppendLine($"| bundle (designer.js + designer.css) | {(new FileInfo(Path.Combine(bundle, "designer.js")).Length + new FileInfo(Path.Combine(bundle, "designer.css")).Length) / 1024} KiB |");
        return text.ToString();
    }

    private static Task Serve(IRoute route, string bundle, string xml)
    {
        var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
        return path switch
        {
            "index.html" => route.FulfillAsync(new() { ContentType = "text/html", Body = Page }),
            "diagram.bpmn" => route.FulfillAsync(new() { ContentType = "application/xml", Body = xml }),
            "designer.js" or "designer.css" => route.FulfillAsync(new()
            {
                ContentType = path.EndsWith(".js") ? "text/javascript" : "text/css", BodyBytes = File.ReadAllBytes(Path.Combine(bundle, path)),
            }),
            _ => route.FulfillAsync(new() { Status = 404 }),
        };
    }

    private const string Page = """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="designer.css"></head>
        <body style="margin:0"><div class="rc-designer" style="height:100vh"><div class="rc-designer-canvas" id="canvas"></div><div class="rc-designer-panel" id="panel"></div></div>
        <script type="module">
          import { create } from './designer.js';
          const xml = await (await fetch('diagram.bpmn')).text();
          const designer = create(document.getElementById('canvas'), document.getElementById('panel'), { roles: [], forms: [], handlers: [] });
          const error = await designer.load(xml);
          if (error) throw new Error(error);
          requestAnimationFrame(() => requestAnimationFrame(() => { window.benchDone = true; }));
        </script></body></html>
        """;

    /// <summary>The designer's built bundle (src/Designer/wwwroot/designer), made by building the Designer project.</summary>
    private static string BundleDirectory()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Reconsideration.sln"))) root = root.Parent;
        var bundle = Path.Combine(root?.FullName ?? ".", "src", "Designer", "wwwroot", "designer");
        return File.Exists(Path.Combine(bundle, "designer.js")) ? bundle
            : throw new InvalidOperationException("设计器的脚本尚未构建：请先 dotnet build src/Designer。");
    }
}
