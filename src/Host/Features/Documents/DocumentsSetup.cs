using Reconsideration.DocumentGen;
using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Signing;
using Reconsideration.DocumentGen.Templates;

namespace Reconsideration.Host.Features.Documents;

/// <summary>Registers the document pipeline (templates → layout → signature → register) from the "Documents" section.</summary>
public static class DocumentsSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = Bind(configuration);
        services.AddSingleton(_ => CreateRegister(options));
        services.AddSingleton(provider => CreateIssuer(options, provider.GetRequiredService<IssuedDocumentRegister>()));
        return services;
    }

    internal static DocumentsOptions Bind(IConfiguration configuration) =>
        configuration.GetSection("Documents").Get<DocumentsOptions>() ?? new DocumentsOptions();

    internal static DocumentComposer CreateComposer(DocumentsOptions options) =>
        new(new DocumentComposerOptions { OverrideDirectory = options.TemplateOverrides });

    internal static DocumentRenderer CreateRenderer(DocumentsOptions options) => new(new DocumentRendererOptions
    {
        Fonts = options.Fonts?.ToDictionary(f => f.Key, f => (IReadOnlyList<FontFaceFile>)f.Value) ?? DocumentRendererOptions.DefaultFonts,
        SealPng = string.IsNullOrEmpty(options.SealImage) ? DemoSeal.Png : File.ReadAllBytes(options.SealImage),
    });

    internal static IssuedDocumentRegister CreateRegister(DocumentsOptions options) =>
        new(Path.Combine(options.DataDirectory, "documents.db"));

    internal static DocumentIssuer CreateIssuer(DocumentsOptions options, IssuedDocumentRegister register)
    {
        var certificate = string.IsNullOrEmpty(options.Certificate)
            ? OrganCertificate.LoadOrCreateDemo(Path.Combine(options.DataDirectory, "signing", "demo-organ.pfx"), options.Organ)
            : OrganCertificate.Load(options.Certificate, options.CertificatePassword);
        return new DocumentIssuer(CreateComposer(options), CreateRenderer(options), new PdfSigner(certificate), register, new Uri(options.VerificationBase));
    }
}
