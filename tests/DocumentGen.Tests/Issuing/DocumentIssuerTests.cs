using Microsoft.Extensions.Time.Testing;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Signing;
using Reconsideration.DocumentGen.Templates;
using Reconsideration.DocumentGen.Tests.Pdf;

namespace Reconsideration.DocumentGen.Tests.Issuing;

public sealed class DocumentIssuerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("issuer-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero));
    private readonly DocumentIssuer _issuer;
    private readonly IssuedDocumentRegister _register;
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _certificate;

    public DocumentIssuerTests()
    {
        _certificate = OrganCertificate.LoadOrCreateDemo(Path.Combine(_directory, "organ.pfx"), "红星区人民政府", _time);
        _register = new IssuedDocumentRegister(Path.Combine(_directory, "documents.db"));
        _issuer = new DocumentIssuer(new DocumentComposer(), new DocumentRenderer(new DocumentRendererOptions { SealPng = DemoSeal.Png }),
            new PdfSigner(_certificate, _time), _register, new Uri("https://fy.example.gov.cn/verify/"), _time);
    }

    [Fact]
    public void An_issued_decision_is_signed_coded_and_registered_under_its_hash()
    {
        var issued = _issuer.Issue("decision", _issuer.Composer.LoadSample("decision"));

        var signature = PdfSignatureVerifier.Verify(issued.Pdf);
        Assert.True(signature.IsTrustworthy, signature.Problem);
        Assert.Equal("红星区人民政府（演示证书）", signature.Signer);
        Assert.Equal(issued.Record, _register.Find(issued.Record.VerificationCode));
        Assert.Equal(IssuedDocumentRegister.HashOf(issued.Pdf), issued.Record.Sha256);
        Assert.Equal("红府复决〔2026〕12号", issued.Record.DocumentNumber);
        Assert.Equal("红府复〔2026〕12号", issued.Record.CaseNumber);
        Assert.Equal(_time.GetUtcNow(), issued.Record.IssuedAt);
        Assert.EndsWith($"验证码：{issued.Record.VerificationCode}", new RenderedPdf(issued.Pdf).BodyText);
        Assert.Equal(VerificationOutcome.Authentic, _register.Verify(issued.Record.VerificationCode, issued.Pdf).Outcome);
    }

    [Fact]
    public void Two_issues_of_the_same_data_get_different_codes_and_both_verify()
    {
        var data = _issuer.Composer.LoadSample("acceptance-notice");
        var first = _issuer.Issue("acceptance-notice", data);
        var second = _issuer.Issue("acceptance-notice", data);

        Assert.NotEqual(first.Record.VerificationCode, second.Record.VerificationCode);
        Assert.Equal(VerificationOutcome.Authentic, _register.Verify(first.Record.VerificationCode, first.Pdf).Outcome);
        Assert.Equal(VerificationOutcome.Altered, _register.Verify(first.Record.VerificationCode, second.Pdf).Outcome);
    }

    [Fact]
    public void A_preview_is_neither_signed_nor_registered()
    {
        var preview = _issuer.Preview("decision", _issuer.Composer.LoadSample("decision"));

        Assert.False(PdfSignatureVerifier.Verify(preview).Signed);
        Assert.DoesNotContain("验证码", new RenderedPdf(preview).BodyText);
        Assert.Empty(_register.ForCase("红府复〔2026〕12号"));
    }

    [Fact]
    public void Data_a_template_refuses_issues_nothing()
    {
        var data = _issuer.Composer.LoadSample("decision").AsObject();
        data.Remove("applicants");

        Assert.Throws<TemplateException>(() => _issuer.Issue("decision", data));
        Assert.Empty(_register.ForCase("红府复〔2026〕12号"));
    }

    public void Dispose()
    {
        _certificate.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
