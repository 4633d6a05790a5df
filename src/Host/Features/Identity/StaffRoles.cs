namespace Reconsideration.Host.Features.Identity;

/// <summary>
/// The role keys (also the BPMN candidate groups of the shipped workflows) and their Chinese names. Keys are English
/// and stable; people only ever read the Chinese name.
/// </summary>
public static class StaffRoles
{
    /// <summary>收案登记员: registers applications, uploads materials, records service.</summary>
    public const string Clerk = "clerk";

    /// <summary>承办人: handles the cases assigned to them.</summary>
    public const string Handler = "handler";

    /// <summary>审核人: reviews the handler's drafts.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>局长: the agency's head, signs procedural documents and maintain/reject/mediation decisions.</summary>
    public const string BureauHead = "bureau-head";

    /// <summary>分管区领导: the district leader in charge, signs decisions that vary, revoke, confirm illegal/void or order performance.</summary>
    public const string DistrictLeader = "district-leader";

    /// <summary>系统管理员.</summary>
    public const string Admin = "admin";

    /// <summary>流程设计员: designs and publishes the workflows in the designer; sees no case.</summary>
    public const string Designer = "designer";

    /// <summary>The roles that work on cases, in the order staff meet them in a case.</summary>
    public static readonly IReadOnlyList<string> Casework = [Clerk, Handler, Reviewer, BureauHead, DistrictLeader, Admin];

    /// <summary>Every role.</summary>
    public static readonly IReadOnlyList<string> All = [.. Casework, Designer];

    /// <summary>Who may open the workflow designer and publish.</summary>
    public static readonly IReadOnlyList<string> Designers = [Designer, Admin];

    /// <summary>The Chinese name of a role key ("承办人" for "handler"); the key itself when unknown.</summary>
    public static string ChineseName(string role) => role switch
    {
        Clerk => "收案登记员",
        Handler => "承办人",
        Reviewer => "审核人",
        BureauHead => "局长",
        DistrictLeader => "分管区领导",
        Admin => "系统管理员",
        Designer => "流程设计员",
        _ => role,
    };
}
