namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// Empty vertical space; cut short at the end of a page rather than carried to the next, and dropped at the top of
/// a page unless <paramref name="keepAtPageTop"/> (blank grid lines above the first text of a page look like an error).
/// </summary>
internal sealed class SpacerElement(double height, bool keepAtPageTop = false) : Element
{
    public override Fit Measure(Space space) =>
        Fit.Full(space.AtPageTop && !keepAtPageTop ? 0 : Math.Min(height, space.Height));

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
    }
}
