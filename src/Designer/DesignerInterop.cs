using Microsoft.AspNetCore.Components;
using System.Text.Json;
using Microsoft.JSInterop;

namespace Reconsideration.Designer;

/// <summary>
/// The typed bridge to the designer's ES module (ClientLib/src/index.js): one modeler per instance, created in the
/// given elements. Every call goes through the module's designer object; nothing is global on the page.
/// </summary>
public sealed class DesignerInterop(IJSRuntime js) : ModuleInterop(js, "./" + ModulePath, "设计器尚未创建：请在页面首次渲染后调用。")
{
    /// <summary>The designer's entry module (docs/designer.md, "How the JavaScript is built").</summary>
    public const string ModulePath = "_content/Reconsideration.Designer/designer/designer.js";

    /// <summary>The properties panel and lint rules, a chunk the entry imports itself; the page preloads it.</summary>
    public const string PanelChunkPath = "_content/Reconsideration.Designer/designer/chunks/PanelAndLint.js";

    public Task CreateAsync(ElementReference canvas, ElementReference panel, DesignerCatalog catalog) =>
        CreateAsync("create", canvas, panel, catalog);

    /// <summary>Null when loaded, else a Chinese message saying why the file cannot be read.</summary>
    public ValueTask<string?> LoadAsync(string xml) => Instance.InvokeAsync<string?>("load", xml);

    /// <summary>
    /// The diagram as BPMN XML. It comes as a byte stream: a file of a few hundred kilobytes is far over what one
    /// message from the browser may carry to the server (32 KB by default), and would close the circuit.
    /// </summary>
    public async Task<string> GetXmlAsync()
    {
        var bytes = await Instance.InvokeAsync<IJSStreamReference>("getXmlBytes");
        await using var stream = await bytes.OpenReadStreamAsync(MaxXmlBytes);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    /// <summary>The largest diagram read back from the browser.</summary>
    public const long MaxXmlBytes = 20 * 1024 * 1024;

    /// <summary>Marks the problems on their elements; returns how many elements were found on the diagram.</summary>
    public ValueTask<int> MarkProblemsAsync(IEnumerable<DiagramProblem> problems) =>
        Instance.InvokeAsync<int>("markProblems", problems.Select(p => new { elementId = p.ElementId, message = p.Message }));

    public ValueTask ClearProblemsAsync() => Instance.InvokeVoidAsync("clearProblems");

    /// <summary>Shows a test run on the diagram: elements holding a token, those completed, incidents with their message.</summary>
    public ValueTask<int> ShowRunAsync(IEnumerable<string> active, IEnumerable<string> completed, IEnumerable<DiagramProblem> incidents) =>
        Instance.InvokeAsync<int>("showRun", new
        {
            active,
            completed,
            incidents = incidents.Select(p => new { elementId = p.ElementId, message = p.Message }),
        });

    public ValueTask ClearRunAsync() => Instance.InvokeVoidAsync("clearRun");

    /// <summary>Runs the lint rules on the diagram as it is now (as a stream too: a bad diagram has many issues).</summary>
    public async Task<DiagramProblem[]> LintAsync()
    {
        var bytes = await Instance.InvokeAsync<IJSStreamReference>("lintBytes");
        await using var stream = await bytes.OpenReadStreamAsync(MaxXmlBytes);
        return await JsonSerializer.DeserializeAsync<DiagramProblem[]>(stream, Json) ?? [];
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ValueTask<bool> SelectAsync(string elementId) => Instance.InvokeAsync<bool>("select", elementId);

    /// <summary>Offers the text to the user as a downloaded file (导出).</summary>
    public ValueTask DownloadAsync(string fileName, string text) => Instance.InvokeVoidAsync("download", fileName, text);

    /// <summary>English templates the zh-CN table lacked while the designer ran (for the language test).</summary>
    public ValueTask<string[]> UntranslatedAsync() => Instance.InvokeAsync<string[]>("untranslated");
}
