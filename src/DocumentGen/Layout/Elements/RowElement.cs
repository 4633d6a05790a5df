namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>Items side by side, each with a fixed width and a gap between; the row does not split across pages.</summary>
internal sealed class RowElement(IReadOnlyList<(Element Element, double Width)> items, double gap) : Element
{
    public override Fit Measure(Space space)
    {
        double height = 0;
        foreach (var (element, width) in items)
        {
            var fit = element.Measure(new Space(width, space.Height, space.AtPageTop));
            if (fit.Kind != FitKind.Full) return Fit.None(fit.Reason ?? "并排内容须排在同一页，本页剩余高度不够");
            height = Math.Max(height, fit.Height);
        }
        return Fit.Full(height);
    }

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
        foreach (var (element, width) in items)
        {
            element.Draw(canvas, x, y, new Space(width, space.Height, space.AtPageTop));
            x += width + gap;
        }
    }
}
