namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>A PNG image of a fixed size in points, centred in the available width.</summary>
internal sealed class ImageElement(byte[] png, double width, double height) : Element
{
    public override Fit Measure(Space space)
    {
        if (width > space.Width + 0.01)
            return Fit.None($"图片宽 {width:F1} 磅，超过可用宽度 {space.Width:F1} 磅");
        if (height > space.Height + 0.01)
            return Fit.None($"图片高 {height:F1} 磅，超过{(space.AtPageTop ? "整页正文区" : "本页剩余")}的 {space.Height:F1} 磅");
        return Fit.Full(height);
    }

    public override void Draw(ICanvas canvas, double x, double y, Space space) =>
        canvas.DrawImage(png, x + (space.Width - width) / 2, y, width, height);
}
