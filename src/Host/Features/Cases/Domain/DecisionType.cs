namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>
/// The one main holding of the document that ends a case (DOMAIN §2): the decisions of Arts. 63–72, and the
/// procedural ends after acceptance — dismissal (33), termination (41) and mediation (73). Refusal (30) is not
/// here: it ends the acceptance review, see <see cref="Refusal"/>.
/// </summary>
public enum DecisionType
{
    /// <summary>变更 (Art. 63).</summary>
    Vary,

    /// <summary>撤销 (Art. 64).</summary>
    Revoke,

    /// <summary>部分撤销 (Art. 64).</summary>
    PartiallyRevoke,

    /// <summary>确认违法 (Art. 65).</summary>
    ConfirmIllegal,

    /// <summary>责令履行 (Art. 66).</summary>
    OrderPerformance,

    /// <summary>确认无效 (Art. 67).</summary>
    ConfirmVoid,

    /// <summary>维持 (Art. 68).</summary>
    Maintain,

    /// <summary>驳回行政复议请求 (Art. 69).</summary>
    RejectRequest,

    /// <summary>行政协议: order to conclude, perform, remedy or compensate (Art. 71).</summary>
    AdministrativeAgreement,

    /// <summary>行政赔偿 (Art. 72).</summary>
    Compensation,

    /// <summary>驳回行政复议申请 (Art. 33).</summary>
    DismissApplication,

    /// <summary>终止行政复议 (Arts. 41, 74).</summary>
    Termination,

    /// <summary>行政复议调解书 (Art. 73).</summary>
    MediationAgreement,
}
