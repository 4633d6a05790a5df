namespace Reconsideration.Host.Features.Staff.Services.Admin;

/// <summary>A staff account as the administration page lists it: role keys, and whether it is locked out now.</summary>
public sealed record StaffUserRow(string UserName, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut);
