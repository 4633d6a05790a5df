namespace Reconsideration.DocumentGen.Layout;

/// <summary>
/// The page loop: offer the text block of a fresh page to the content, draw what fits, continue with the
/// remainder on the next page; draw the header and footer of each page. Content that fits nowhere on an empty page
/// cannot fit on any later one either, so it ends the loop with a <see cref="LayoutException"/>.
/// </summary>
internal static class Paginator
{
    private const int MaxEmptyPages = 3;

    public static int Run(Element content, PageGeometry geometry, IPageTarget target, Element? header = null, Element? footer = null)
    {
        Element? current = content;
        int page = 0, emptyPages = 0;
        while (current != null)
        {
            page++;
            var space = new Space(geometry.BodyWidth, geometry.BodyHeight, AtPageTop: true);
            var fit = current.Measure(space);
            if (fit.Kind == FitKind.None)
                throw new LayoutException($"第 {page} 页：{fit.Reason}；即使在空白页上也放不下，请缩小该内容或拆分。");
            if (fit.Kind == FitKind.Partial && fit.Height <= 0 && ++emptyPages > MaxEmptyPages)
                throw new LayoutException($"第 {page} 页：内容连续 {MaxEmptyPages} 页没有进展，版面无法完成。");
            using (var canvas = target.AddPage(page))
            {
                current.Draw(canvas, geometry.Left, geometry.Top, space);
                var margin = new Space(geometry.BodyWidth, geometry.Top, AtPageTop: true);
                header?.Draw(canvas, geometry.Left, 0, margin);
                footer?.Draw(canvas, geometry.Left, geometry.PageNumberTop, margin);
            }
            current = fit.Kind == FitKind.Partial ? fit.Remainder : null;
        }
        return page;
    }
}
