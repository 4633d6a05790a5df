using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>One applicant on the intake form: a natural person or an organisation; the other kind's fields are ignored.</summary>
public sealed class PartyForm
{
    /// <summary>自然人 or 法人或者其他组织.</summary>
    public PartyKind Kind { get; set; } = PartyKind.NaturalPerson;

    /// <summary>姓名 / 名称.</summary>
    public string? Name { get; set; }

    /// <summary>性别 (person).</summary>
    public Sex? Sex { get; set; }

    /// <summary>出生日期 (person).</summary>
    public DateTime? BirthDate { get; set; }

    /// <summary>公民身份号码 (person).</summary>
    public string? IdNumber { get; set; }

    /// <summary>统一社会信用代码 (organisation).</summary>
    public string? CreditCode { get; set; }

    /// <summary>法定代表人或者主要负责人 (organisation).</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>住所 / 地址.</summary>
    public string? Address { get; set; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; set; }

    /// <summary>The party as the case model holds it.</summary>
    public Party ToParty()
    {
        var person = Kind == PartyKind.NaturalPerson;
        return new Party
        {
            Kind = Kind,
            Name = Name ?? "",
            Sex = person ? Sex : null,
            BirthDate = person && BirthDate is { } birth ? DateOnly.FromDateTime(birth) : null,
            IdNumber = person ? IntakeForm.Text(IdNumber) : null,
            CreditCode = person ? null : IntakeForm.Text(CreditCode),
            LegalRepresentative = person ? null : IntakeForm.Text(LegalRepresentative),
            Address = IntakeForm.Text(Address),
            Phone = IntakeForm.Text(Phone),
        };
    }
}
