using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Features.Api.Access;

/// <summary>
/// Which roles may call which kind of endpoint (docs/api.md, "Roles and per-case access"). Per-case access is checked on
/// top of these by <see cref="CaseAccess"/>.
/// </summary>
internal static class ApiPolicies
{
    /// <summary>Any member of staff: read endpoints, tasks, previews.</summary>
    public static readonly string[] Staff = [.. StaffRoles.Casework];

    /// <summary>收案登记.</summary>
    public static readonly string[] Intake = [StaffRoles.Clerk, StaffRoles.Handler];

    /// <summary>Procedural steps (accept, correct, suspend …): the people who handle and review cases.</summary>
    public static readonly string[] Steps = [StaffRoles.Handler, StaffRoles.Reviewer, StaffRoles.BureauHead];

    /// <summary>延长审理期限: approved by the agency's head (Art. 62 ¶1, 经行政复议机构的负责人批准).</summary>
    public static readonly string[] Extension = [StaffRoles.BureauHead];

    /// <summary>Recording the decision once signed.</summary>
    public static readonly string[] Decision = [StaffRoles.Handler, StaffRoles.Reviewer, StaffRoles.BureauHead, StaffRoles.DistrictLeader];

    /// <summary>Materials and service records: the window staff as well as the handlers.</summary>
    public static readonly string[] Paperwork = [StaffRoles.Clerk, StaffRoles.Handler, StaffRoles.Reviewer, StaffRoles.BureauHead];

    /// <summary>签发: issuing a coded, signed document.</summary>
    public static readonly string[] Issue = [StaffRoles.BureauHead, StaffRoles.DistrictLeader];

    /// <summary>Assigning a handler; a handler may also take an unassigned case.</summary>
    public static readonly string[] Assign = [StaffRoles.Handler, StaffRoles.Reviewer, StaffRoles.BureauHead, StaffRoles.Admin];

    /// <summary>Starting a workflow for a case.</summary>
    public static readonly string[] Workflow = [StaffRoles.Clerk, StaffRoles.Handler, StaffRoles.Reviewer, StaffRoles.BureauHead, StaffRoles.Admin];
}
