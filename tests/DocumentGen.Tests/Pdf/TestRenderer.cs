namespace Reconsideration.DocumentGen.Tests.Pdf;

/// <summary>One renderer with the default (Debian) fonts and the test seal, shared by the tests as in production.</summary>
internal static class TestRenderer
{
    public static readonly DocumentRenderer Instance = new(new DocumentRendererOptions { SealPng = SampleDocuments.SealPng() });

    public static RenderedPdf Render(Model.OfficialDocument document) => new(Instance.Render(document));
}
