using Microsoft.JSInterop;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>Hands a file built in the circuit (a preview PDF) to the browser as a download, through the ES module js/files.js.</summary>
public sealed class FileDownloads(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    public async Task SaveAsync(string fileName, string contentType, byte[] content)
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/files.js");
        using var stream = new DotNetStreamReference(new MemoryStream(content));
        await _module.InvokeVoidAsync("save", fileName, contentType, stream);
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try
        {
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with its module.
        }
    }
}
