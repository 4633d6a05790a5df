using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>What a person does in the designer, in bpmn-js' own terms: palette, context pad, popup menu, panel.</summary>
internal sealed class DesignerPage(IPage page)
{
    public IPage Page => page;

    public ILocator Canvas => page.GetByTestId("designer-canvas");

    public ILocator Shape(string elementId) => page.Locator($".djs-element.djs-shape[data-element-id='{elementId}']");

    // The machine may be busy with other builds: a Blazor round trip then takes longer than Playwright's 5 s default.
    static DesignerPage() => SetDefaultExpectTimeout(60_000);

    public static async Task<DesignerPage> SignInAsync(IPage page, string userName = "designer")
    {
        await StaffApp.SignInAsync(page, userName);
        await page.GetByTestId("designer-nav").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "流程设计", Level = 1 })).ToBeVisibleAsync();
        return new DesignerPage(page);
    }

    /// <summary>
    /// Drags a palette entry onto the canvas at (x, y) relative to the canvas; types its name when the modeler asks
    /// for one (Enter ends the editing), or leaves it unnamed (Escape). Returns the new element's id.
    /// </summary>
    public async Task<string> DragFromPaletteAsync(string action, float x, float y, string? name = null)
    {
        var before = await ShapeIdsAsync();
        await page.Locator($".djs-palette [data-action='{action}']").HoverAsync();
        await page.Mouse.DownAsync();
        var box = (await Canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + x, box.Y + y, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await EndDragAsync();
        await Expect(page.Locator(".djs-element.djs-shape")).ToHaveCountAsync(before.Count + 1);
        var created = (await ShapeIdsAsync()).Except(before).Single();
        var editing = page.Locator(".djs-direct-editing-parent");
        if (await editing.IsVisibleAsync())
        {
            if (name is not null) await page.Keyboard.TypeAsync(name);
            await page.Keyboard.PressAsync(name is null ? "Escape" : "Enter");
            await Expect(editing).ToBeHiddenAsync();
        }
        return created;
    }

    /// <summary>Connects two shapes with a sequence flow by dragging from the source's context pad to the target.</summary>
    public async Task ConnectAsync(string sourceId, string targetId)
    {
        await SelectAsync(sourceId);
        await page.Locator(".djs-context-pad [data-action='connect']").HoverAsync();
        await page.Mouse.DownAsync();
        var target = (await Shape(targetId).BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await EndDragAsync();
    }

    /// <summary>
    /// After a drag, diagram-js swallows the next click (the one a browser fires when the button is released over the
    /// same element it was pressed on). Pressed over the palette and released over the canvas, no click comes: give it
    /// one on an empty spot of the canvas, so that the next real click selects.
    /// </summary>
    private async Task EndDragAsync()
    {
        var box = (await Canvas.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width - 80, box.Y + 30);   // top right: no palette, no lint button
    }

    /// <summary>Clicks a shape as a person does (move there, press, release) and waits until it is selected.</summary>
    public async Task SelectAsync(string elementId)
    {
        var box = (await Shape(elementId).BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2, new() { Steps = 4 });
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
        await Expect(Shape(elementId)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Expect(page.Locator(".djs-context-pad")).ToBeVisibleAsync();
    }

    /// <summary>Opens the context pad's 更改元素类型 menu and picks an entry.</summary>
    public async Task ReplaceAsync(string elementId, string entryId)
    {
        await SelectAsync(elementId);
        await page.Locator(".djs-context-pad [data-action='replace']").ClickAsync();
        await page.Locator($".djs-popup [data-id='{entryId}']").ClickAsync();
    }

    /// <summary>Opens a properties panel group by its Chinese label when it is closed.</summary>
    public async Task OpenGroupAsync(string label)
    {
        var header = page.Locator(".bio-properties-panel-group-header").Filter(new() { HasText = label }).First;
        await Expect(header).ToBeVisibleAsync();
        if (!await header.EvaluateAsync<bool>("h => h.classList.contains('open')")) await header.ClickAsync();
    }

    /// <summary>Opens a process with one element selected, at full size in the middle (the page's ?element= link).</summary>
    public async Task OpenAtAsync(string processKey, string elementId)
    {
        await page.GotoAsync($"designer/edit/{processKey}?element={elementId}");
        await Expect(page.Locator(".djs-context-pad")).ToBeVisibleAsync();
    }

    /// <summary>The name of the element the properties panel shows, in its header.</summary>
    public ILocator PanelHeaderLabel => page.GetByTestId("designer-properties").Locator(".bio-properties-panel-header-label");

    /// <summary>Opens every closed group of the properties panel.</summary>
    public async Task OpenAllGroupsAsync()
    {
        var closed = page.Locator(".bio-properties-panel-group-header:not(.open)");
        for (var count = await closed.CountAsync(); count > 0; count = await closed.CountAsync()) await closed.First.ClickAsync();
    }

    public async Task ClickToolbarAsync(string testId) => await page.GetByTestId(testId).ClickAsync();

    private async Task<List<string>> ShapeIdsAsync() =>
        [.. await page.Locator(".djs-element.djs-shape").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.elementId)")];
}
