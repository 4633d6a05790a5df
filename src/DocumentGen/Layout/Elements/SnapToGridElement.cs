namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// Rounds a child's height up to whole lines of the body grid, so that text after a table or image is back on the
/// GB/T 9704 line positions.
/// </summary>
internal sealed class SnapToGridElement(Element child, double pitch) : Element
{
    public override bool KeepWithNext => child.KeepWithNext;

    public override Fit Measure(Space space)
    {
        var fit = child.Measure(space);
        if (fit.Kind == FitKind.None) return fit;
        double snapped = Math.Min(Math.Ceiling(fit.Height / pitch - 1e-6) * pitch, Math.Max(space.Height, fit.Height));
        return fit.Kind == FitKind.Full
            ? Fit.Full(snapped)
            : Fit.Partial(snapped, new SnapToGridElement(fit.Remainder!, pitch));
    }

    public override void Draw(ICanvas canvas, double x, double y, Space space) => child.Draw(canvas, x, y, space);
}
