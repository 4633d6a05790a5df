using Microsoft.AspNetCore.Identity;

namespace Reconsideration.Host.Features.Identity;

/// <summary>A member of staff who signs in: an ASP.NET Core Identity user with the name people read in case histories.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The person's name as written in histories and approval records, e.g. "李明".</summary>
    public string DisplayName { get; set; } = "";
}
