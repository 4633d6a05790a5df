namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>被申请人: the administrative agency whose act is challenged.</summary>
public sealed record Respondent
{
    /// <summary>The agency's name, e.g. 红星区市场监督管理局.</summary>
    public required string Name { get; init; }

    /// <summary>法定代表人 (the agency's head).</summary>
    public string? LegalRepresentative { get; init; }

    /// <summary>The agency's unified social credit code (organs' codes begin with 11), when known.</summary>
    public string? CreditCode { get; init; }

    /// <summary>住所.</summary>
    public string? Address { get; init; }
}
