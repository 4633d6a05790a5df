using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;
using PdfSharp.Pdf.IO;
using Reconsideration.DocumentGen;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Templates;

namespace Reconsideration.Benchmarks.Documents;

/// <summary>
/// A 3-page decision rendered warm on one thread by our layout engine, and the same content printed to PDF by
/// headless Chromium (Debian's chromium through Playwright, browser and page kept warm) in the same run.
/// </summary>
internal static class DocumentBenchmarks
{
    public static async Task<string> RunAsync(bool quick, TextWriter log)
    {
        var rounds = quick ? 3 : 7;
        var composer = new DocumentComposer();
        var renderer = new DocumentRenderer(new DocumentRendererOptions { SealPng = DemoSeal.Png });
        var decision = ThreePages(composer.Compose("decision", composer.LoadSample("decision")), renderer);
        var pages = PageCount(renderer.Render(decision));

        await log.WriteLineAsync("documents: our renderer …");
        var perRender = quick ? 20 : 100;
        for (var i = 0; i < perRender; i++) renderer.Render(decision);
        var ours = await Measure.MedianAsync(rounds, () => Task.FromResult(Time(perRender, () => renderer.Render(decision))));
        var sample = composer.LoadSample("decision");
        var compose = await Measure.MedianAsync(rounds, () => Task.FromResult(Time(perRender, () => composer.Compose("decision", sample))));
        var before = GC.GetAllocatedBytesForCurrentThread();
        renderer.Render(decision);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        await log.WriteLineAsync("documents: headless Chromium …");
        var html = ModelHtml.From(decision).Replace("SEAL", Convert.ToBase64String(DemoSeal.Png));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        async Task<byte[]> Print()
        {
            await page.SetContentAsync(html);
            return await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });
        }
        var chromiumPages = PageCount(await Print());
        var perPrint = quick ? 3 : 10;
        for (var i = 0; i < perPrint; i++) await Print();
        var chromium = await Measure.MedianAsync(rounds, async () =>
        {
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < perPrint; i++) await Print();
            return stopwatch.Elapsed.TotalMilliseconds / perPrint;
        });

        var text = new StringBuilder();
        text.AppendLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}; median of {rounds} rounds.");
        text.AppendLine();
        text.AppendLine("| measure | result |");
        text.AppendLine("|---|---|");
        text.AppendLine($"| render the decision ({pages} pages) from its model, warm, one thread | {ours:F2} ms |");
        text.AppendLine($"| compose the full sample decision from JSON through its Liquid template (no rendering) | {compose:F2} ms |");
        text.AppendLine($"| allocated per render | {allocated / 1024.0 / 1024.0:F1} MiB |");
        text.AppendLine($"| headless Chromium printing the same content ({chromiumPages} pages), warm page | {chromium:F1} ms |");
        text.AppendLine($"| Chromium / ours | {chromium / ours:F0}× |");
        return text.ToString();
    }

    // The shipped sample is a long decision; the benchmark's fixture keeps its head and tail (parties, holding,
    // remedy, signature) and drops body paragraphs from the middle until it fills exactly three pages.
    private static OfficialDocument ThreePages(OfficialDocument document, DocumentRenderer renderer)
    {
        var blocks = document.Blocks.ToList();
        while (PageCount(renderer.Render(document with { Blocks = blocks })) > 3)
        {
            var middle = blocks.FindIndex(blocks.Count / 3, b => b is ParagraphBlock);
            blocks.RemoveAt(middle);
        }
        return document with { Blocks = blocks };
    }

    private static int PageCount(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    private static double Time(int count, Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) action();
        return stopwatch.Elapsed.TotalMilliseconds / count;
    }
}
