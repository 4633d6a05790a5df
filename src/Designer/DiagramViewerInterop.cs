using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Reconsideration.Designer;

/// <summary>
/// The typed bridge to the read-only viewer's ES module (ClientLib/src/viewer/index.js), a separate and lighter bundle
/// than the modeler's. One viewer per instance; a click on an element calls <c>ElementClicked</c> on the callback.
/// </summary>
public sealed class DiagramViewerInterop(IJSRuntime js)
    : ModuleInterop(js, "./_content/Reconsideration.Designer/viewer/viewer.js", "流程图尚未创建：请在页面首次渲染后调用。")
{
    public Task CreateAsync<T>(ElementReference container, DotNetObjectReference<T> callback) where T : class =>
        CreateAsync("createViewer", container, callback);

    /// <summary>Null when loaded, else a Chinese message saying why the file cannot be read.</summary>
    public ValueTask<string?> LoadAsync(string xml) => Instance.InvokeAsync<string?>("load", xml);

    /// <summary>Colours the elements (earlier marks go); returns the ids found on the diagram.</summary>
    public ValueTask<string[]> MarkAsync(IEnumerable<DiagramMark> marks) =>
        Instance.InvokeAsync<string[]>("mark", marks.Select(m => new { elementId = m.ElementId, marker = m.Marker }));

    /// <summary>Draws the badges (earlier badges go); returns how many elements carry one.</summary>
    public ValueTask<int> BadgesAsync(IEnumerable<DiagramBadge> badges) =>
        Instance.InvokeAsync<int>("badges", badges.Select(b => new { elementId = b.ElementId, text = b.Text, title = b.Title, kind = b.Kind }));

    public ValueTask<bool> SelectAsync(string elementId) => Instance.InvokeAsync<bool>("select", elementId);

    /// <summary>Moves and zooms this viewer and the other together.</summary>
    public ValueTask LinkAsync(DiagramViewerInterop other)
    {
        var (viewer, linked) = (Instance, other.Instance);   // each says so if it was not created yet
        return Module!.InvokeVoidAsync("link", viewer, linked);
    }
}
