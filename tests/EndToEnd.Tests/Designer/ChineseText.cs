using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reconsideration.EndToEnd.Tests.Designer;

/// <summary>
/// The language check of the read-only diagram pages (instance viewer, statistics, comparison): every visible text and
/// tooltip of the page's main area in Chinese — except the diagram's own ids and value examples such as P5WD.
/// </summary>
internal static partial class ChineseText
{
    // Visible text and tooltips of the main area (the diagram's SVG labels are user data), and the ids on the diagrams.
    private const string Collect = """
        () => {
          const texts = [];
          for (const el of document.querySelectorAll('.mud-main-content *')) {
            if (el.closest('svg') || el.getClientRects().length === 0) continue;
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden' || style.display === 'none') continue;
            for (const node of el.childNodes) if (node.nodeType === 3 && node.textContent.trim()) texts.push(node.textContent.trim());
            for (const name of ['title', 'aria-label', 'placeholder', 'alt']) if (el.getAttribute(name)) texts.push(el.getAttribute(name));
          }
          const ids = [...document.querySelectorAll('.djs-element')].map(e => e.dataset.elementId);
          return { Texts: texts, Ids: ids };
        }
        """;

    /// <summary>The English words on the page, each with the text it is in; none when the page is all Chinese.</summary>
    public static async Task<IReadOnlyList<string>> EnglishOnAsync(IPage page, params string[] moreAllowed)
    {
        var found = await page.EvaluateAsync<Found>(Collect);
        if (found.Texts.Length == 0) throw new InvalidOperationException("页面主区域没有可见文字：检查的选择器已失效。");
        var allowed = found.Ids.SelectMany(id => Word().Matches(id).Select(m => m.Value)).Concat(moreAllowed).ToHashSet(StringComparer.Ordinal);
        return [.. found.Texts
            .SelectMany(text => Word().Matches(ValueExamples().Replace(text.Replace("Powered by bpmn.io", ""), " "))
                .Select(m => m.Value).Where(w => !allowed.Contains(w)).Select(w => $"{w} ← “{text}”"))
            .Distinct()];
    }

    // Playwright fills the result through a parameterless constructor and setters.
    private sealed class Found
    {
        public string[] Texts { get; set; } = [];
        public string[] Ids { get; set; } = [];
    }

    [GeneratedRegex(@"\$\{[^}]*\}|\bR\d*/|\bP(T?[0-9.]+[A-Z]+)+\b|\d{4}-\d{2}-\d{2}T[0-9:+]+")]
    private static partial Regex ValueExamples();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Word();
}
