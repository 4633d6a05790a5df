using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Layout;

/// <summary>Where elements draw one page, in points from the page's top-left corner.</summary>
internal interface ICanvas : IDisposable
{
    int PageNumber { get; }

    /// <summary>Draws text at its natural advances, its baseline at <paramref name="baseline"/>.</summary>
    void DrawText(TextFont font, string text, double x, double baseline);

    void FillRectangle(double x, double y, double width, double height);

    void DrawLine(double x1, double y1, double x2, double y2, double thickness);

    void DrawImage(byte[] png, double x, double y, double width, double height);
}
