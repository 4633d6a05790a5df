namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>Narrows its child by fixed amounts on the left and right.</summary>
internal sealed class InsetElement(Element child, double left, double right) : Element
{
    public override bool KeepWithNext => child.KeepWithNext;

    public override Fit Measure(Space space)
    {
        var fit = child.Measure(Narrow(space));
        return fit.Kind == FitKind.Partial ? Fit.Partial(fit.Height, new InsetElement(fit.Remainder!, left, right)) : fit;
    }

    public override void Draw(ICanvas canvas, double x, double y, Space space) => child.Draw(canvas, x + left, y, Narrow(space));

    private Space Narrow(Space space) => space with { Width = Math.Max(space.Width - left - right, 0) };
}
