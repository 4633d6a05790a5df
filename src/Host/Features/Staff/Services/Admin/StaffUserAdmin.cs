using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Features.Staff.Services.Admin;

/// <summary>
/// Accounts and roles for the administrator (用户与角色): create, change roles, unlock, reset the password — through
/// Identity's user manager, so its rules (password policy, unique names) and Chinese messages apply. A refused step
/// throws <see cref="StaffAdminException"/> and changes nothing.
/// </summary>
public sealed class StaffUserAdmin(UserManager<StaffUser> users)
{
    public async Task<IReadOnlyList<StaffUserRow>> ListAsync()
    {
        var rows = new List<StaffUserRow>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync())
            rows.Add(new StaffUserRow(user.UserName ?? "", user.DisplayName, [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user)));
        return rows;
    }

    public async Task CreateAsync(string userName, string displayName, string password, IReadOnlyCollection<string> roles)
    {
        if (string.IsNullOrWhiteSpace(userName)) throw new StaffAdminException("请填写用户名。");
        if (string.IsNullOrWhiteSpace(displayName)) throw new StaffAdminException("请填写姓名（案件记录和文书签发单中显示的名字）。");
        CheckRoles(roles);
        await CheckPasswordAsync(new StaffUser { UserName = userName.Trim() }, password);
        var user = new StaffUser { UserName = userName.Trim(), DisplayName = displayName.Trim() };
        Check(await users.CreateAsync(user, password));
        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            Check(added);
        }
    }

    public async Task SetRolesAsync(string userName, IReadOnlyCollection<string> roles)
    {
        CheckRoles(roles);
        var user = await FindAsync(userName);
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        Check(await users.AddToRolesAsync(user, roles.Except(current)));
    }

    /// <summary>Ends a lockout after too many wrong passwords, and clears the count of failed attempts.</summary>
    public async Task UnlockAsync(string userName)
    {
        var user = await FindAsync(userName);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>Sets a new password the person changes after signing in; the old sessions and tokens end (new security stamp).</summary>
    public async Task ResetPasswordAsync(string userName, string newPassword)
    {
        var user = await FindAsync(userName);
        await CheckPasswordAsync(user, newPassword);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        Check(await users.UpdateAsync(user));
    }

    private async Task<StaffUser> FindAsync(string userName) =>
        await users.FindByNameAsync(userName) ?? throw new StaffAdminException($"没有用户名为“{userName}”的用户，请刷新列表。");

    private async Task CheckPasswordAsync(StaffUser user, string password)
    {
        if (string.IsNullOrEmpty(password)) throw new StaffAdminException("请填写密码。");
        foreach (var validator in users.PasswordValidators) Check(await validator.ValidateAsync(users, user, password));
    }

    private static void CheckRoles(IReadOnlyCollection<string> roles)
    {
        if (roles.Count == 0) throw new StaffAdminException("请至少选择一个角色。");
        if (roles.FirstOrDefault(r => !StaffRoles.All.Contains(r)) is { } unknown)
            throw new StaffAdminException($"没有“{unknown}”这个角色；可选：{string.Join("、", StaffRoles.All.Select(StaffRoles.ChineseName))}。");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new StaffAdminException(string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
