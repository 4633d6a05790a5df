namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>Starts a new page; the enclosing <see cref="ColumnElement"/> acts on it.</summary>
internal sealed class PageBreakElement : Element
{
    public override Fit Measure(Space space) => Fit.Full(0);

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
    }
}
