namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>The "Organ" section: who issues the documents built from cases, and the court named in remedy notices.</summary>
public sealed class OrganOptions
{
    /// <summary>行政复议机关, e.g. 红谷滩区人民政府.</summary>
    public string Name { get; set; } = "红谷滩区人民政府";

    /// <summary>行政复议机构, e.g. 红谷滩区司法局.</summary>
    public string Agency { get; set; } = "红谷滩区司法局";

    /// <summary>The organ's address, printed on notices.</summary>
    public string? Address { get; set; }

    /// <summary>Postcode.</summary>
    public string? Postcode { get; set; }

    /// <summary>The court for the remedy notice (行政诉讼), e.g. 红谷滩区人民法院.</summary>
    public string? Court { get; set; }

    /// <summary>The contact person printed on notices.</summary>
    public string? ContactName { get; set; }

    /// <summary>The contact phone printed on notices.</summary>
    public string? ContactPhone { get; set; }
}
