namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>Moves its child to the next page unless all of it fits (or it already starts a page).</summary>
internal sealed class KeepTogetherElement(Element child, string what) : Element
{
    public override bool KeepWithNext => child.KeepWithNext;

    public override Fit Measure(Space space)
    {
        var fit = child.Measure(space);
        if (fit.Kind == FitKind.Full || space.AtPageTop) return fit;
        return Fit.None($"{what}须排在同一页，本页剩余 {space.Height:F1} 磅不够");
    }

    public override void Draw(ICanvas canvas, double x, double y, Space space) => child.Draw(canvas, x, y, space);
}
