namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>授权委托书: what an agent may do for the party (Art. 17 ¶2).</summary>
public sealed record PowerOfAttorney
{
    /// <summary>委托事项和权限, as written in the document.</summary>
    public required string Scope { get; init; }

    /// <summary>
    /// 特别授权: the agent may also change or withdraw requests, settle or accept mediation. Without it the agent
    /// acts as a general agent (一般授权) and the applicant signs those steps personally.
    /// </summary>
    public bool SpecialAuthority { get; init; }

    /// <summary>The date the party signed it.</summary>
    public required DateOnly SignedOn { get; init; }

    /// <summary>The uploaded document, when there is one.</summary>
    public Guid? MaterialId { get; init; }
}
