using QRCoder;

namespace Reconsideration.DocumentGen.Layout.Elements;

/// <summary>
/// A QR code drawn as vector rectangles from QRCoder's module matrix (no bitmap, so it stays sharp at any scale);
/// dark modules next to each other in a row are merged into one rectangle.
/// </summary>
internal sealed class QrCodeElement : Element
{
    private readonly List<System.Collections.BitArray> _modules;
    private readonly double _size;

    public QrCodeElement(string content, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        _modules = data.ModuleMatrix;
        _size = size;
    }

    public override Fit Measure(Space space) =>
        _size <= space.Height + 0.01 && _size <= space.Width + 0.01
            ? Fit.Full(_size)
            : Fit.None($"二维码（边长 {_size:F1} 磅）放不进 {space.Width:F1} × {space.Height:F1} 磅的空间");

    public override void Draw(ICanvas canvas, double x, double y, Space space)
    {
        int count = _modules.Count;
        double module = _size / count;
        for (int row = 0; row < count; row++)
        {
            var bits = _modules[row];
            int column = 0;
            while (column < count)
            {
                if (!bits[column]) { column++; continue; }
                int start = column;
                while (column < count && bits[column]) column++;
                canvas.FillRectangle(x + start * module, y + row * module, (column - start) * module, module);
            }
        }
    }
}
