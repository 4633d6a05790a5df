using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>
/// Walks what the designer shows (palette, context pad, replace menu, properties panel for several element kinds,
/// lint overlay) and fails on any English word, except the diagram's own data: element ids and parameter names.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed partial class DesignerLanguageTests(DesignerApp app)
{
    // Visible text and the tooltips people read, of visible HTML in the designer; the diagram's SVG labels are user data.
    private const string CollectTexts = """
        () => {
          const roots = [...document.querySelectorAll('[data-testid=designer], .djs-popup')];
          const texts = [];
          for (const root of roots) {
            for (const el of root.querySelectorAll('*')) {
              if (el.closest('svg') || el.getClientRects().length === 0) continue;
              const style = getComputedStyle(el);
              if (style.visibility === 'hidden' || style.display === 'none') continue;
              for (const node of el.childNodes) if (node.nodeType === 3 && node.textContent.trim()) texts.push(node.textContent.trim());
              for (const name of ['title', 'aria-label', 'placeholder', 'alt']) if (el.getAttribute(name)) texts.push(el.getAttribute(name));
            }
          }
          return texts;
        }
        """;

    [Fact]
    public async Task No_English_is_left_in_the_designer()
    {
        var page = (await DesignerPage.SignInAsync(await app.PageAsync())).Page;
        var designer = new DesignerPage(page);
        await page.GetByTestId("process-Reconsideration").GetByRole(AriaRole.Link, new() { Name = "打开" }).ClickAsync();
        await Expect(designer.Shape("Intake")).ToBeVisibleAsync();
        var file = XDocument.Load(Path.Combine(HostProcess.RepositoryRoot(), "workflow-definitions", "reconsideration.bpmn"));
        var allowed = AllowedWords(file);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        async Task WalkAsync(string where)
        {
            foreach (var text in await page.EvaluateAsync<string[]>(CollectTexts))
                foreach (var word in EnglishWords(text, allowed)) found.Add($"{where}: {word} ← “{text}”");
        }

        await WalkAsync("加载后");

        // The panel must show the element opened, not the process: else its groups would go unchecked.
        async Task OpenAtAsync(string id)
        {
            await designer.OpenAtAsync("Reconsideration", id);
            await Expect(designer.PanelHeaderLabel).ToHaveTextAsync(ElementName(file, id));
            await designer.OpenAllGroupsAsync();
        }
        foreach (var id in (string[])["Intake", "IssueReceipt", "OralApplication", "CorrectionPeriodOver", "ReviewPeriodOver",
                     "CorrectionReceived", "SignRefusal", "AwaitCorrection"])
        {
            await OpenAtAsync(id);
            await WalkAsync(id);
            await page.Locator(".djs-context-pad [data-action='replace']").ClickAsync();
            await Expect(page.Locator(".djs-popup")).ToBeVisibleAsync();
            await WalkAsync(id + " 更改类型菜单");
            await page.Keyboard.PressAsync("Escape");
        }
        await OpenAtAsync("Flow_OralApplication_IssueOralRecord");
        await WalkAsync("条件顺序流");
        await OpenAtAsync("Participant_Reconsideration");
        await WalkAsync("泳池");

        // A new, unconnected task: the lint overlay and its issue list.
        await designer.DragFromPaletteAsync("create.task", 500, 60);
        await page.Locator(".bjsl-overlay").First.HoverAsync();
        await WalkAsync("校验标记");
        await page.Locator(".bjsl-button").HoverAsync();
        await WalkAsync("校验按钮");

        Assert.True(found.Count == 0, "设计器中仍有英文：" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    /// <summary>Words in Latin letters that are not values (P5WD, ISO 8601 examples) nor the diagram's own ids and names.</summary>
    private static IEnumerable<string> EnglishWords(string text, HashSet<string> allowed)
    {
        // bpmn-js' licence requires its watermark, a link to the project, to stay as it is.
        var stripped = ValueExamples().Replace(text.Replace("Powered by bpmn.io", ""), " ");
        return Word().Matches(stripped).Select(m => m.Value).Where(w => !allowed.Contains(w));
    }

    private static string ElementName(XDocument file, string id) =>
        file.Descendants().Single(e => (string?)e.Attribute("id") == id).Attribute("name")!.Value;

    private static HashSet<string> AllowedWords(XDocument file)
    {
        XNamespace rc = "urn:reconsideration:bpmn:1.0";
        var data = file.Descendants().Attributes("id").Select(a => a.Value)
            .Concat(file.Descendants(rc + "parameter").Attributes("name").Select(a => a.Value));
        return [.. data.SelectMany(d => Word().Matches(d).Select(m => m.Value)), "ISO", "UTC"];
    }

    [GeneratedRegex(@"\$\{[^}]*\}|\bR\d*/|\bP(T?[0-9.]+[A-Z]+)+\b|\d{4}-\d{2}-\d{2}T[0-9:+]+")]
    private static partial Regex ValueExamples();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Word();
}
