namespace Reconsideration.Host.Features.Seeding;

/// <summary>A demo account: user name, name and role (docs/api.md lists them with the password).</summary>
internal sealed record DemoUser(string UserName, string DisplayName, string Role)
{
    /// <summary>The demo password of every account unless Seeding:DemoPassword says otherwise.</summary>
    public const string DefaultPassword = "Demo@2026";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("clerk", "王敏", "clerk"),
        new("handler", "李明", "handler"),
        new("handler2", "陈静", "handler"),
        new("reviewer", "张华", "reviewer"),
        new("bureau-head", "刘强", "bureau-head"),
        new("district-leader", "赵刚", "district-leader"),
        new("admin", "系统管理员", "admin"),
        new("designer", "孙悦", "designer"),
    ];
}
