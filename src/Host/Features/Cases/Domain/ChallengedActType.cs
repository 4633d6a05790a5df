namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// The kind of challenged act, as far as the procedure cares: Art. 53 ¶1 makes on-the-spot acts, warnings and
/// criticism, and information disclosure eligible for the simplified procedure.
/// </summary>
public enum ChallengedActType
{
    /// <summary>行政处罚.</summary>
    Penalty,

    /// <summary>当场作出的行政处罚 (Art. 53 ¶1 (1)).</summary>
    OnTheSpotPenalty,

    /// <summary>警告或者通报批评 (Art. 53 ¶1 (2)).</summary>
    WarningOrCriticism,

    /// <summary>行政强制.</summary>
    Enforcement,

    /// <summary>行政许可.</summary>
    Licensing,

    /// <summary>政府信息公开 (Art. 53 ¶1 (4)).</summary>
    InformationDisclosure,

    /// <summary>不履行法定职责: an inaction, which has no document or date of its own.</summary>
    Inaction,

    /// <summary>其他行政行为.</summary>
    Other,
}
