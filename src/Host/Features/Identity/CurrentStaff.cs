namespace Reconsideration.Host.Features.Identity;

/// <summary>Who the token belongs to: user name, name and roles (keys and Chinese names).</summary>
public sealed record CurrentStaff(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> RoleNames);
