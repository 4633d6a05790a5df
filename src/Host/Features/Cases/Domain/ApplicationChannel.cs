namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>How an application was filed (申请方式, Art. 22).</summary>
public enum ApplicationChannel
{
    /// <summary>窗口递交.</summary>
    Window,

    /// <summary>邮寄.</summary>
    Post,

    /// <summary>网上申请.</summary>
    Online,

    /// <summary>口头申请: staff record an oral-application transcript the applicant signs (Art. 22 ¶3).</summary>
    Oral,
}
