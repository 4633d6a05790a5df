namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>The file formats accepted as case materials, each recognised by its content, not its name.</summary>
public enum MaterialKind
{
    /// <summary>PDF.</summary>
    Pdf,

    /// <summary>JPEG image.</summary>
    Jpeg,

    /// <summary>PNG image.</summary>
    Png,

    /// <summary>OFD (GB/T 33190), the national format of electronic invoices and official documents.</summary>
    Ofd,

    /// <summary>Word (DOCX).</summary>
    Docx,
}
