using PdfSharp.Drawing;
using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Layout;
using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Pdf;

/// <summary>An <see cref="ICanvas"/> over one PDFsharp page.</summary>
internal sealed class PdfCanvas(XGraphics graphics, int pageNumber, PdfResources resources) : ICanvas
{
    public int PageNumber { get; } = pageNumber;

    public void DrawText(TextFont font, string text, double x, double baseline)
    {
        if (font.Scale == 1)
        {
            graphics.DrawString(text, resources.Font(font), XBrushes.Black, x, baseline);
            return;
        }
        var state = graphics.Save();
        graphics.ScaleTransform(font.Scale, 1);
        graphics.DrawString(text, resources.Font(font), XBrushes.Black, x / font.Scale, baseline);
        graphics.Restore(state);
    }

    public void FillRectangle(double x, double y, double width, double height) =>
        graphics.DrawRectangle(XBrushes.Black, x, y, width, height);

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness) =>
        graphics.DrawLine(resources.Pen(thickness), x1, y1, x2, y2);

    public void DrawImage(byte[] png, double x, double y, double width, double height)
    {
        var image = resources.Image(png);
        // The decoded image is shared between documents; PDFsharp reads it into this document's image object
        // here, and nothing says that is safe from two threads at once.
        lock (image) graphics.DrawImage(image, x, y, width, height);
    }

    public void Dispose() => graphics.Dispose();
}
