using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>What a person does in the designer, in bpmn-js' own terms: palette, context pad, popup menu, panel.</summary>
internal sealed class DesignerPage(IPage page)
{
    public IPage Page => page;

    public ILocator Canvas => page.GetByTestId("designer-canvas");

    public ILocator Shape(string elementId) => page.Locator($".djs-element.djs-shape[data-element-id='{elementId}']");

    public static async Task<DesignerPage> SignInAsync(IPage page, string userName = "designer")
    {
        await page.GotoAsync("/");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(HostProcess.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByTestId("designer-nav").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "流程设计", Level = 1 })).ToBeVisibleAsync();
        return new DesignerPage(page);
    }

    /// <summary>Drags a palette entry onto the canvas at (x, y) relative to the canvas; returns the new element's id.</summary>
    public async Task<string> DragFromPaletteAsync(string action, float x, float y)
    {
        var before = await ShapeIdsAsync();
        await page.Locator($".djs-palette [data-action='{action}']").HoverAsync();
        await page.Mouse.DownAsync();
        var box = (await Canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + x, box.Y + y, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Expect(page.Locator(".djs-element.djs-shape")).ToHaveCountAsync(before.Count + 1);
        return (await ShapeIdsAsync()).Except(before).Single();
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
    }

    public async Task SelectAsync(string elementId)
    {
        await Shape(elementId).ClickAsync();
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

    /// <summary>Clicks an element where it is drawn: a shape's centre, or the middle of a connection's path.</summary>
    public async Task ClickElementAsync(string elementId)
    {
        var point = await page.Locator($".djs-element[data-element-id='{elementId}'] .djs-hit").First.EvaluateAsync<float[]>(MiddleOnScreen);
        await page.Mouse.ClickAsync(point[0], point[1]);
        await Expect(page.Locator(".djs-context-pad")).ToBeVisibleAsync();
    }

    private const string MiddleOnScreen = """
        el => {
          if (el.getTotalLength && el.tagName === 'polyline') {
            const p = el.getPointAtLength(el.getTotalLength() / 2), m = el.getScreenCTM();
            return [p.x * m.a + m.e, p.y * m.d + m.f];
          }
          const r = el.getBoundingClientRect();
          return [r.x + r.width / 2, r.y + Math.min(r.height / 2, 10)];
        }
        """;

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
