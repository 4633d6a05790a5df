using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Reconsideration.DocumentGen.Signing;

/// <summary>
/// The organ's signing certificate: a PKCS #12 file from configuration, or — until a deployment configures its
/// real one — a self-signed demonstration certificate created on first use and kept beside the data.
/// </summary>
public static class OrganCertificate
{
    /// <summary>Loads the PKCS #12 (.pfx/.p12) file at <paramref name="path"/>; the private key must be in it.</summary>
    public static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"签名证书文件不存在：{path}。请检查配置 Documents:Signing:Certificate。", path);
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"无法读取签名证书 {path}：{e.Message}。请确认文件为 PKCS#12 格式且密码正确。", e);
        }
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"签名证书 {path} 不含私钥，无法用于签章。");
        }
        return certificate;
    }

    /// <summary>Loads the demonstration certificate at <paramref name="path"/>, creating it first when it does not exist.</summary>
    public static X509Certificate2 LoadOrCreateDemo(string path, string organName, TimeProvider? time = null)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var pfx = CreateDemo(organName, (time ?? TimeProvider.System).GetUtcNow());
            // Written to a temporary name and moved, so a concurrent first run never reads half a file.
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, pfx);
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }
        return Load(path, password: null);
    }

    private static byte[] CreateDemo(string organName, DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("CN");
        subject.AddOrganizationName(organName);
        subject.AddCommonName($"{organName}（演示证书）");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));
        return certificate.Export(X509ContentType.Pkcs12);
    }
}
