using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reconsideration.DocumentGen.Signing;

namespace Reconsideration.DocumentGen.Tests.Signing;

public sealed class PdfSignerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("signing-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_signed_pdf_verifies_with_the_signer_and_the_signing_time()
    {
        using var certificate = OrganCertificate.LoadOrCreateDemo(Path.Combine(_directory, "organ.pfx"), "红星区人民政府", _time);
        var signed = new PdfSigner(certificate, _time).Sign(TwoPagePdf(), "行政复议决定书签发", "红星区");

        var check = PdfSignatureVerifier.Verify(signed);

        Assert.True(check.IsTrustworthy, check.Problem);
        Assert.Equal("红星区人民政府（演示证书）", check.Signer);
        Assert.Equal(_time.GetUtcNow(), check.SigningTime);
        Assert.Contains("/adbe.pkcs7.detached", System.Text.Encoding.Latin1.GetString(signed));
    }

    [Fact]
    public void A_changed_byte_inside_the_signed_range_fails_verification()
    {
        using var certificate = OrganCertificate.LoadOrCreateDemo(Path.Combine(_directory, "organ.pfx"), "红星区人民政府", _time);
        var signed = new PdfSigner(certificate, _time).Sign(TwoPagePdf(), "签发", "红星区");
        var text = System.Text.Encoding.Latin1.GetString(signed);
        var tampered = (byte[])signed.Clone();
        var at = text.IndexOf("/MediaBox", StringComparison.Ordinal) + 1;
        tampered[at] = (byte)'m';

        var check = PdfSignatureVerifier.Verify(tampered);

        Assert.True(check.Signed);
        Assert.False(check.Valid);
        Assert.Contains("修改", check.Problem);
    }

    [Fact]
    public void Bytes_appended_after_signing_are_reported()
    {
        using var certificate = OrganCertificate.LoadOrCreateDemo(Path.Combine(_directory, "organ.pfx"), "红星区人民政府", _time);
        var signed = new PdfSigner(certificate, _time).Sign(TwoPagePdf(), "签发", "红星区");
        byte[] appended = [.. signed, .. "\n% appended\n"u8.ToArray()];

        var check = PdfSignatureVerifier.Verify(appended);

        Assert.True(check.Valid);
        Assert.False(check.CoversWholeFile);
        Assert.False(check.IsTrustworthy);
    }

    [Fact]
    public void An_unsigned_pdf_is_reported_as_unsigned()
    {
        var check = PdfSignatureVerifier.Verify(TwoPagePdf());

        Assert.False(check.Signed);
        Assert.Equal("文件未签章。", check.Problem);
    }

    [Fact]
    public void The_demo_certificate_is_created_once_and_reused()
    {
        var path = Path.Combine(_directory, "nested", "organ.pfx");
        using var first = OrganCertificate.LoadOrCreateDemo(path, "红星区人民政府", _time);
        using var second = OrganCertificate.LoadOrCreateDemo(path, "另一个机关", _time);

        Assert.Equal(first.Thumbprint, second.Thumbprint);
        Assert.True(second.HasPrivateKey);
        Assert.Equal(_time.GetUtcNow().AddYears(5).UtcDateTime, second.NotAfter.ToUniversalTime());
    }

    [Fact]
    public void A_certificate_file_without_private_key_is_refused_in_chinese()
    {
        using var certificate = OrganCertificate.LoadOrCreateDemo(Path.Combine(_directory, "organ.pfx"), "红星区人民政府", _time);
        var publicOnly = Path.Combine(_directory, "public.pfx");
        using (var withoutKey = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert)))
        {
            File.WriteAllBytes(publicOnly, withoutKey.Export(X509ContentType.Pkcs12));
        }

        var error = Assert.Throws<InvalidOperationException>(() => OrganCertificate.Load(publicOnly, null));
        Assert.Contains("不含私钥", error.Message);
        Assert.Contains("不存在", Assert.Throws<FileNotFoundException>(() => OrganCertificate.Load(Path.Combine(_directory, "none.pfx"), null)).Message);
    }

    private static byte[] TwoPagePdf()
    {
        using var document = new PdfDocument();
        for (var i = 0; i < 2; i++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawRectangle(XBrushes.Red, 100, 100 + i * 50, 200, 40);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
