namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>Whether a party is a natural person or an organisation (法人或者其他组织).</summary>
public enum PartyKind
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>法人或者其他组织.</summary>
    Organisation,
}
