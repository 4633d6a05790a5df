using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reconsideration.DocumentGen.Layout;

namespace Reconsideration.DocumentGen.Pdf;

/// <summary>Adds pages of the geometry's size to a PDFsharp document.</summary>
internal sealed class PdfPageTarget(PdfDocument document, PageGeometry geometry, PdfResources resources) : IPageTarget
{
    public ICanvas AddPage(int pageNumber)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(geometry.PageWidth);
        page.Height = XUnit.FromPoint(geometry.PageHeight);
        return new PdfCanvas(XGraphics.FromPdfPage(page), pageNumber, resources);
    }
}
