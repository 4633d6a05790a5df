using Microsoft.JSInterop;

namespace Reconsideration.Designer;

/// <summary>
/// An ES module of the designer's bundles and the one object a component made with it: the module is imported once,
/// and both are released together (the object destroyed first) when the component goes.
/// </summary>
public abstract class ModuleInterop(IJSRuntime js, string modulePath, string notCreated) : IAsyncDisposable
{
    private IJSObjectReference? _instance;

    protected IJSObjectReference? Module { get; private set; }

    /// <summary>The object made by <see cref="CreateAsync"/>; a Chinese message says so if it was not made yet.</summary>
    protected IJSObjectReference Instance => _instance ?? throw new InvalidOperationException(notCreated);

    /// <summary>Imports the module (once) and calls its <paramref name="factory"/> export for this component's object.</summary>
    protected async Task CreateAsync(string factory, params object?[] args)
    {
        Module ??= await js.InvokeAsync<IJSObjectReference>("import", modulePath);
        _instance = await Module.InvokeAsync<IJSObjectReference>(factory, args);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_instance is not null)
            {
                await _instance.InvokeVoidAsync("destroy");
                await _instance.DisposeAsync();
            }
            if (Module is not null) await Module.DisposeAsync();
            _instance = null;
            Module = null;
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with the page: there is nothing left to clean up in the browser.
        }
        GC.SuppressFinalize(this);
    }
}
