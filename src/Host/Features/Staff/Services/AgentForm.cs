using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>One agent (委托代理人) on the intake form, with the power of attorney's particulars.</summary>
public sealed class AgentForm
{
    /// <summary>姓名.</summary>
    public string? Name { get; set; }

    /// <summary>The applicant the agent acts for (委托人).</summary>
    public string? Principal { get; set; }

    /// <summary>律师 / 近亲属 / 工作人员 / 其他.</summary>
    public string? Relationship { get; set; }

    /// <summary>公民身份号码.</summary>
    public string? IdNumber { get; set; }

    /// <summary>工作单位.</summary>
    public string? Organisation { get; set; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; set; }

    /// <summary>委托事项和权限.</summary>
    public string? Scope { get; set; } = "代为提出行政复议申请、提交和接收材料、参加听证";

    /// <summary>特别授权.</summary>
    public bool SpecialAuthority { get; set; }

    /// <summary>授权委托书签署日期.</summary>
    public DateTime? SignedOn { get; set; }

    /// <summary>The agent as the case model holds it; an unset signing date is reported by <see cref="IntakeForm.Problems"/>.</summary>
    public Agent ToAgent() => new()
    {
        Name = Name ?? "",
        Principal = Principal ?? "",
        Relationship = IntakeForm.Text(Relationship),
        IdNumber = IntakeForm.Text(IdNumber),
        Organisation = IntakeForm.Text(Organisation),
        Phone = IntakeForm.Text(Phone),
        PowerOfAttorney = new PowerOfAttorney
        {
            Scope = Scope ?? "", SpecialAuthority = SpecialAuthority, SignedOn = SignedOn is { } on ? DateOnly.FromDateTime(on) : default,
        },
    };
}
