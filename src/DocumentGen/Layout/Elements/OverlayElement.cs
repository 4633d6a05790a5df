namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// Content with an image placed absolutely over it (the seal over the organ name and date): the image's centre is
/// at (<paramref name="centerX"/>, <paramref name="centerY"/>) from the content's top-left corner and it may
/// overlap the text and extend beyond the content. It takes no space of its own.
/// </summary>
internal sealed class OverlayElement(Element content, byte[] png, double diameter, double centerX, double centerY) : Element
{
    public override Fit Measure(Space space)
    {
        var fit = content.Measure(space);
        return fit.Kind == FitKind.Partial && !space.AtPageTop
            ? Fit.None("落款和印章须排在同一页，本页剩余高度不够")
            : fit;
    }

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
        content.Draw(canvas, x, y, space);
        canvas.DrawImage(png, x + centerX - diameter / 2, y + centerY - diameter / 2, diameter, diameter);
    }
}
