using System.Diagnostics;
using System.IO.Compression;
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

        async Task<Dictionary<string, double>> OpenOnce(string pageName)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
            await page.RouteAsync(Origin + "**", route => Serve(route, bundle, xml));
            var stopwatch = Stopwatch.StartNew();
            await page.GotoAsync(Origin + pageName);
            await page.WaitForFunctionAsync("() => window.benchDone === true");
            await page.Locator(".djs-element[data-element-id='Task_55'] .djs-hit").First.ClickAsync(new() { Force = true });
            await page.Locator(".djs-context-pad [data-action='replace']").WaitForAsync();
            // The task's own properties: the panel's header names it (before the click it shows the process). Task 55,
            // because a flow from the end of one row to the start of the next runs across the middle of task 50.
            await page.Locator(".bio-properties-panel-header-label", new() { HasText = "审查 55" }).WaitForAsync();
            await page.WaitForFunctionAsync("() => window.benchMarks.shown > 0");
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            // The page's own clock (from navigation start) splits the time into its phases.
            var marks = await page.EvaluateAsync<Dictionary<string, double>>(
                "() => ({ ...window.benchMarks, selected: performance.now(), "
                + "panelLoaded: performance.getEntriesByName('rc-designer:panel-loaded')[0]?.startTime ?? 0, "
                + "panelAttached: performance.getEntriesByName('rc-designer:panel-attached')[0]?.startTime ?? 0, "
                + "lintDone: performance.getEntriesByName('rc-designer:lint-done')[0]?.startTime ?? 0 })");
            marks["total"] = elapsed;
            await page.CloseAsync();
            return marks;
        }

        // The page as the designer page has it (the entry preloaded), and with the panel's chunk preloaded too; the
        // rounds alternate, so that both see the same load on the machine.
        string[] pages = ["entry.html", "panel.html"];
        await OpenOnce(pages[0]);
        await OpenOnce(pages[1]);
        var results = pages.ToDictionary(p => p, _ => new List<Dictionary<string, double>>());
        for (var i = 0; i < rounds; i++)
            foreach (var name in pages) results[name].Add(await OpenOnce(name));
        string Median(Func<Dictionary<string, double>, double> of, string emphasis = "") =>
            string.Join(" | ", pages.Select(p => $"{emphasis}{results[p].Select(of).Order().ElementAt(rounds / 2):0} ms{emphasis}"));
        var files = Directory.GetFiles(bundle, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToArray();
        var initial = files.Where(f => f.Name is "designer.js" or "designer.css").ToArray();
        var text = new StringBuilder();
        text.AppendLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; median of {rounds} rounds; load average {LoadAverage()}.");
        text.AppendLine();
        text.AppendLine("| measure | entry preloaded | entry and panel chunk preloaded |");
        text.AppendLine("|---|---|---|");
        text.AppendLine($"| open a {LargeDiagram.ElementCount(100)}-element diagram in the designer until a task is selected with its context pad and properties | {Median(m => m["total"], "**")} |");
        text.AppendLine($"| — until the diagram is drawn and editable on the canvas (page clock) | {Median(m => m["painted"])} |");
        text.AppendLine($"| — page until its script runs | {Median(m => m["started"])} |");
        text.AppendLine($"| — bundle fetched, parsed and run | {Median(m => m["module"] - m["started"])} |");
        text.AppendLine($"| — modeler created | {Median(m => m["created"] - m["module"])} |");
        text.AppendLine($"| — diagram imported (importXML, fit) | {Median(m => m["imported"] - m["created"])} |");
        text.AppendLine($"| — drawn (two frames) | {Median(m => m["painted"] - m["imported"])} |");
        text.AppendLine($"| — until the test driver's click reaches the page | {Median(m => m["clicked"] - m["painted"])} |");
        text.AppendLine($"| — click until the context pad and the task's properties are in the page | {Median(m => m["shown"] - m["clicked"])} |");
        text.AppendLine($"| — until the driver sees them | {Median(m => m["selected"] - m["shown"])} |");
        text.AppendLine($"| — properties shown on the page clock (navigation start to the task's properties) | {Median(m => m["shown"])} |");
        text.AppendLine($"| ready to edit on the page clock: drawn and the properties panel attached | {Median(m => m["panelAttached"])} |");
        text.AppendLine($"| properties panel and lint rules loaded, after the first paint | {Median(m => m["panelLoaded"] - m["painted"])} |");
        text.AppendLine($"| — then attached | {Median(m => m["panelAttached"] - m["panelLoaded"])} |");
        text.AppendLine($"| — then the first lint run done | {Median(m => m["lintDone"] - m["panelAttached"])} |");
        text.AppendLine();
        text.AppendLine($"Bundle before the first paint (designer.js + designer.css; gzip): {Kib(initial)} KiB ({GzipKib(initial)} KiB); "
            + $"whole bundle, lazily loaded parts included ({files.Length} files; gzip): {Kib(files)} KiB ({GzipKib(files)} KiB).");
        return text.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static long Kib(IEnumerable<FileInfo> files) => files.Sum(f => f.Length) / 1024;

    private static long GzipKib(IEnumerable<FileInfo> files) => files.Sum(f =>
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(File.ReadAllBytes(f.FullName));
        return compressed.Length;
    }) / 1024;

    private static Task Serve(IRoute route, string bundle, string xml)
    {
        var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
        return path switch
        {
            "entry.html" => route.FulfillAsync(new() { ContentType = "text/html", Body = Page.Replace("{preload}", "") }),
            "panel.html" => route.FulfillAsync(new() { ContentType = "text/html", Body = Page.Replace("{preload}", PanelPreload) }),
            "diagram.bpmn" => route.FulfillAsync(new() { ContentType = "application/xml", Body = xml }),
            _ when File.Exists(Path.Combine(bundle, path)) => route.FulfillAsync(new()
            {
                ContentType = path.EndsWith(".js") ? "text/javascript" : "text/css", BodyBytes = File.ReadAllBytes(Path.Combine(bundle, path)),
            }),
            _ => route.FulfillAsync(new() { Status = 404 }),
        };
    }

    private const string PanelPreload = """<link rel="modulepreload" href="chunks/PanelAndLint.js">""";

    private const string Page = """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="designer.css">
        <link rel="modulepreload" href="designer.js">{preload}</head>
        <body style="margin:0"><div class="rc-designer" style="height:100vh"><div class="rc-designer-canvas" id="canvas"></div><div class="rc-designer-panel" id="panel"></div></div>
        <script type="module">
          const marks = { started: performance.now() };
          // The click and the moment the selected task's context pad and properties are in the page, on the page's clock.
          addEventListener('pointerdown', () => {
            marks.clicked = performance.now();
            const shown = () => document.querySelector('.djs-context-pad [data-action="replace"]')
              && document.querySelector('.bio-properties-panel-header-label')?.textContent === '审查 55';
            const observer = new MutationObserver(() => { if (shown()) { marks.shown = performance.now(); observer.disconnect(); } });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          }, { capture: true, once: true });
          const { create } = await import('./designer.js');
          marks.module = performance.now();
          const xml = await (await fetch('diagram.bpmn')).text();
          const designer = create(document.getElementById('canvas'), document.getElementById('panel'), { roles: [], forms: [], handlers: [] });
          marks.created = performance.now();
          const error = await designer.load(xml);
          if (error) throw new Error(error);
          marks.imported = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => { marks.painted = performance.now(); window.benchMarks = marks; window.benchDone = true; }));
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
