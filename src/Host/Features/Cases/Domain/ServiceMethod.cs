namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>送达方式 (Art. 88 → 民事诉讼法 Arts. 88–95).</summary>
public enum ServiceMethod
{
    /// <summary>直接送达: served on the day the recipient (or an adult family member, proxy) signs.</summary>
    Direct,

    /// <summary>留置送达: refused, left at the address with a witness (民诉法 Art. 89); served on that day.</summary>
    LeftAtAddress,

    /// <summary>电子送达: only with the recipient's consent; served when it reaches the recipient's system (民诉法 Art. 90).</summary>
    Electronic,

    /// <summary>邮寄送达: served on the date of the return slip (民诉法 Art. 91).</summary>
    Post,

    /// <summary>公告送达: deemed served thirty days after publication (民诉法 Art. 95).</summary>
    PublicNotice,
}
