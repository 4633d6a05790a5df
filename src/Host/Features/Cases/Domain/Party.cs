namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// An applicant (申请人) or third party (第三人): a natural person with name, sex, birth date, resident ID number,
/// address and phone, or an organisation with name, unified social credit code and legal representative.
/// </summary>
public sealed record Party
{
    /// <summary>Natural person or organisation.</summary>
    public required PartyKind Kind { get; init; }

    /// <summary>姓名 or 名称.</summary>
    public required string Name { get; init; }

    /// <summary>性别 (natural person).</summary>
    public Sex? Sex { get; init; }

    /// <summary>出生日期 (natural person).</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>公民身份号码, 18 characters, uppercase X (natural person).</summary>
    public string? IdNumber { get; init; }

    /// <summary>统一社会信用代码 (organisation).</summary>
    public string? CreditCode { get; init; }

    /// <summary>法定代表人或者主要负责人 (organisation).</summary>
    public string? LegalRepresentative { get; init; }

    /// <summary>住所 / 地址.</summary>
    public string? Address { get; init; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; init; }
}
