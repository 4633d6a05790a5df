using Reconsideration.DocumentGen;
using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Model;
using Reconsideration.DocumentGen.Numbering;
using Reconsideration.DocumentGen.Signing;
using Reconsideration.DocumentGen.Templates;
using Reconsideration.Host.Features.Api.Documents;

namespace Reconsideration.Host.Features.Documents;

/// <summary>Registers the document pipeline (templates → layout → signature → register) from the "Documents" section.</summary>
public static class DocumentsSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = Bind(configuration);
        services.AddSingleton(_ => CreateRegister(options));
        services.AddSingleton(provider =>
        {
            // The seal an administrator uploads on 机关与文号 replaces the configured one at the next document, and the
            // numbering saved there is the one the documents print (as the case services number them).
            var issuer = CreateIssuer(options, provider.GetRequiredService<IssuedDocumentRegister>(), () => provider.GetService<OrganSettings>()?.Seal);
            var saved = Cases.CasesSetup.SavedNumberingFile(configuration);
            if (File.Exists(saved)) issuer.Composer.Numbers.Use(NumberingOptions.Load(saved));
            return issuer;
        });
        return services;
    }

    internal static DocumentsOptions Bind(IConfiguration configuration) =>
        configuration.GetSection("Documents").Get<DocumentsOptions>() ?? new DocumentsOptions();

    internal static DocumentComposer CreateComposer(DocumentsOptions options) =>
        new(new DocumentComposerOptions { OverrideDirectory = options.TemplateOverrides });

    internal static DocumentRenderer CreateRenderer(DocumentsOptions options, Func<byte[]?>? seal = null) => new(new DocumentRendererOptions
    {
        Fonts = options.Fonts?.ToDictionary(f => f.Key, f => (IReadOnlyList<FontFaceFile>)f.Value) ?? DocumentRendererOptions.DefaultFonts,
        SealPng = string.IsNullOrEmpty(options.SealImage) ? DemoSeal.Png : File.ReadAllBytes(options.SealImage),
        SealSource = seal,
    });

    internal static IssuedDocumentRegister CreateRegister(DocumentsOptions options) =>
        new(Path.Combine(options.DataDirectory, "documents.db"));

    internal static DocumentIssuer CreateIssuer(DocumentsOptions options, IssuedDocumentRegister register, Func<byte[]?>? seal = null)
    {
        var certificate = string.IsNullOrEmpty(options.Certificate)
            ? OrganCertificate.LoadOrCreateDemo(Path.Combine(options.DataDirectory, "signing", "demo-organ.pfx"), options.Organ)
            : OrganCertificate.Load(options.Certificate, options.CertificatePassword);
        return new DocumentIssuer(CreateComposer(options), CreateRenderer(options, seal), new PdfSigner(certificate), register, new Uri(options.VerificationBase));
    }
}
