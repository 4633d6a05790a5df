using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reconsideration.Host.Features.Identity;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>How the designer's pages write times and people.</summary>
internal sealed class DesignerTexts(UserManager<StaffUser> users)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>"2026年3月1日 09:05", Beijing time.</summary>
    public static string Time(DateTimeOffset at)
    {
        var local = at.ToOffset(Beijing);
        return $"{local.Year}年{local.Month}月{local.Day}日 {local:HH:mm}";
    }

    /// <summary>User name → the person's name; "system" (the shipped files deployed at start) → 系统.</summary>
    public async Task<Func<string, string>> PeopleAsync(CancellationToken ct = default)
    {
        var names = await users.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        return userName => userName == "system" ? "系统" : names.GetValueOrDefault(userName) is { Length: > 0 } name ? name : userName;
    }
}
