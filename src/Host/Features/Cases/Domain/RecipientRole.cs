namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>Who a document was served on, as a party of the case.</summary>
public enum RecipientRole
{
    /// <summary>申请人.</summary>
    Applicant,

    /// <summary>被申请人.</summary>
    Respondent,

    /// <summary>第三人.</summary>
    ThirdParty,

    /// <summary>其他 (another agency, e.g. the addressee of an opinion letter).</summary>
    Other,
}
