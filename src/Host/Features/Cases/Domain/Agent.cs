namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>委托代理人 (Art. 17): one or two per party, acting under a power of attorney.</summary>
public sealed record Agent
{
    /// <summary>Name of the agent.</summary>
    public required string Name { get; init; }

    /// <summary>The party the agent acts for (an applicant's or a third party's name).</summary>
    public required string Principal { get; init; }

    /// <summary>律师 / 近亲属 / 工作人员 / 其他: how the agent relates to the party.</summary>
    public string? Relationship { get; init; }

    /// <summary>The agent's resident ID number, when given.</summary>
    public string? IdNumber { get; init; }

    /// <summary>Law firm or employer.</summary>
    public string? Organisation { get; init; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; init; }

    /// <summary>The power of attorney (required: an agent without one cannot act).</summary>
    public required PowerOfAttorney PowerOfAttorney { get; init; }
}
