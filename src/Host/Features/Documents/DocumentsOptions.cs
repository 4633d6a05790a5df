using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.Host.Features.Documents;

/// <summary>The "Documents" configuration section: where documents' data lives and what identifies the organ.</summary>
public sealed class DocumentsOptions
{
    /// <summary>Folder of the register (documents.db) and the demo certificate; relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>A deployment's own templates, each replacing the shipped one of the same name.</summary>
    public string? TemplateOverrides { get; set; }

    /// <summary>The organ's seal as a PNG file; the demonstration seal when empty.</summary>
    public string? SealImage { get; set; }

    /// <summary>The organ's signing certificate (PKCS #12); a demonstration certificate is made when empty.</summary>
    public string? Certificate { get; set; }

    /// <summary>The password of <see cref="Certificate"/>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The organ named in the demonstration certificate.</summary>
    public string Organ { get; set; } = "红星区人民政府";

    /// <summary>The address a verification code is appended to for the QR code.</summary>
    public string VerificationBase { get; set; } = "http://127.0.0.1:5080/verify/";

    /// <summary>Font files per role, first choice first; the shipped free fonts when absent.</summary>
    public Dictionary<FontRole, List<FontFaceFile>>? Fonts { get; set; }
}
