using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Reconsideration.Designer;

/// <summary>
/// The typed bridge to the read-only viewer's ES module (ClientLib/src/viewer/index.js), a separate and lighter bundle
/// than the modeler's. One viewer per instance; a click on an element calls <c>ElementClicked</c> on the callback.
/// </summary>
public sealed class DiagramViewerInterop(IJSRuntime js) : IAsyncDisposable
{
    private const string ModulePath = "./_content/Reconsideration.Designer/viewer/viewer.js";
    private IJSObjectReference? _module;
    private IJSObjectReference? _viewer;

    public async Task CreateAsync<T>(ElementReference container, DotNetObjectReference<T> callback) where T : class
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _viewer = await _module.InvokeAsync<IJSObjectReference>("createViewer", container, callback);
    }

    /// <summary>Null when loaded, else a Chinese message saying why the file cannot be read.</summary>
    public ValueTask<string?> LoadAsync(string xml) => Viewer.InvokeAsync<string?>("load", xml);

    /// <summary>Colours the elements (earlier marks go); returns the ids found on the diagram.</summary>
    public ValueTask<string[]> MarkAsync(IEnumerable<DiagramMark> marks) =>
        Viewer.InvokeAsync<string[]>("mark", marks.Select(m => new { elementId = m.ElementId, marker = m.Marker }));

    /// <summary>Draws the badges (earlier badges go); returns how many elements carry one.</summary>
    public ValueTask<int> BadgesAsync(IEnumerable<DiagramBadge> badges) =>
        Viewer.InvokeAsync<int>("badges", badges.Select(b => new { elementId = b.ElementId, text = b.Text, title = b.Title, kind = b.Kind }));

    public ValueTask<bool> SelectAsync(string elementId) => Viewer.InvokeAsync<bool>("select", elementId);

    /// <summary>Moves and zooms this viewer and the other together.</summary>
    public async ValueTask LinkAsync(DiagramViewerInterop other)
    {
        if (_module is null) throw new InvalidOperationException(NotCreated);
        await _module.InvokeVoidAsync("link", Viewer, other.Viewer);
    }

    private const string NotCreated = "流程图尚未创建：请在页面首次渲染后调用。";

    private IJSObjectReference Viewer => _viewer ?? throw new InvalidOperationException(NotCreated);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_viewer is not null)
            {
                await _viewer.InvokeVoidAsync("destroy");
                await _viewer.DisposeAsync();
            }
            if (_module is not null) await _module.DisposeAsync();
            _viewer = null;
            _module = null;
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with the page: there is nothing left to clean up in the browser.
        }
    }
}
