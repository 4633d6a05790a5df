using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Host.Features.Staff.Services.Admin;
using Reconsideration.Host.Tests.Features.Api;

namespace Reconsideration.Host.Tests.Features.Staff.Admin;

/// <summary>The administrator's account steps on the real Identity tables (SQLite file), checked by signing in.</summary>
public sealed class StaffUserAdminTests : IAsyncLifetime
{
    private readonly ApiHost _host = new(seed: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task A_created_user_signs_in_with_its_roles_and_a_reset_password_replaces_the_old_one()
    {
        await AdminAsync(a => a.CreateAsync("handler3", "周杰", "Start@2026x", ["handler", "reviewer"]));

        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("handler3", "Start@2026x")).StatusCode);
        var row = (await AdminAsync(a => a.ListAsync())).Single(u => u.UserName == "handler3");
        Assert.Equal(new[] { "handler", "reviewer" }, row.Roles.Order());
        Assert.Equal("周杰", row.DisplayName);

        await AdminAsync(a => a.SetRolesAsync("handler3", ["clerk"]));
        await AdminAsync(a => a.ResetPasswordAsync("handler3", "Changed@2026y"));

        Assert.Equal(["clerk"], (await AdminAsync(a => a.ListAsync())).Single(u => u.UserName == "handler3").Roles);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("handler3", "Start@2026x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("handler3", "Changed@2026y")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Chinese_and_changes_nothing()
    {
        var before = await AdminAsync(a => a.ListAsync());

        Assert.Contains("已被使用", (await Refused(a => a.CreateAsync("handler", "重名", "Start@2026x", ["handler"]))).Message);
        Assert.Contains("至少选择一个角色", (await Refused(a => a.CreateAsync("newbie", "新人", "Start@2026x", []))).Message);
        Assert.Contains("没有“boss”这个角色", (await Refused(a => a.SetRolesAsync("clerk", ["boss"]))).Message);
        Assert.Contains("密码", (await Refused(a => a.CreateAsync("newbie", "新人", "short", ["clerk"]))).Message);
        Assert.Contains("密码", (await Refused(a => a.ResetPasswordAsync("clerk", "short"))).Message);
        Assert.Contains("没有用户名为“nobody”的用户", (await Refused(a => a.UnlockAsync("nobody"))).Message);

        Assert.Equal(before, await AdminAsync(a => a.ListAsync()), new RowComparer());
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("clerk", ApiHost.Password)).StatusCode);
    }

    [Fact]
    public async Task A_user_locked_out_by_wrong_passwords_is_unlocked_and_signs_in_again()
    {
        for (var i = 0; i < 5; i++) await TokenAsync("reviewer", "wrong-password");
        Assert.True((await AdminAsync(a => a.ListAsync())).Single(u => u.UserName == "reviewer").LockedOut);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("reviewer", ApiHost.Password)).StatusCode);

        await AdminAsync(a => a.UnlockAsync("reviewer"));

        Assert.False((await AdminAsync(a => a.ListAsync())).Single(u => u.UserName == "reviewer").LockedOut);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync("reviewer", ApiHost.Password)).StatusCode);
    }

    private async Task<T> AdminAsync<T>(Func<StaffUserAdmin, Task<T>> call)
    {
        using var scope = _host.Services.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<StaffUserAdmin>());
    }

    private Task<bool> AdminAsync(Func<StaffUserAdmin, Task> call) => AdminAsync(async a => { await call(a); return true; });

    private async Task<StaffAdminException> Refused(Func<StaffUserAdmin, Task> call)
    {
        using var scope = _host.Services.CreateScope();
        return await Assert.ThrowsAsync<StaffAdminException>(() => call(scope.ServiceProvider.GetRequiredService<StaffUserAdmin>()));
    }

    private Task<HttpResponseMessage> TokenAsync(string userName, string password) =>
        _host.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password });

    private sealed class RowComparer : IEqualityComparer<StaffUserRow>
    {
        public bool Equals(StaffUserRow? x, StaffUserRow? y) =>
            x is not null && y is not null && x.UserName == y.UserName && x.DisplayName == y.DisplayName && x.LockedOut == y.LockedOut && x.Roles.SequenceEqual(y.Roles);

        public int GetHashCode(StaffUserRow obj) => obj.UserName.GetHashCode(StringComparison.Ordinal);
    }
}
