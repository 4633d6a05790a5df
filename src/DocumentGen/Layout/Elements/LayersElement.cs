namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>Children drawn over each other at the same origin; as tall as the tallest, and not split across pages.</summary>
internal sealed class LayersElement(IReadOnlyList<Element> layers) : Element
{
    public override Fit Measure(Space space)
    {
        double height = 0;
        foreach (var layer in layers)
        {
            var fit = layer.Measure(space);
            if (fit.Kind != FitKind.Full) return Fit.None(fit.Reason ?? "叠放的内容须排在同一页，本页剩余高度不够");
            height = Math.Max(height, fit.Height);
        }
        return Fit.Full(height);
    }

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
        foreach (var layer in layers) layer.Draw(canvas, x, y, space);
    }
}
