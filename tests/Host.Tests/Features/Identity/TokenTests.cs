using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Reconsideration.Host.Tests.Features.Api;

namespace Reconsideration.Host.Tests.Features.Identity;

public sealed class TokenTests : IAsyncLifetime
{
    private readonly ApiHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task A_right_password_gets_a_bearer_token_that_names_the_user_and_roles()
    {
        var client = _host.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "handler", password = ApiHost.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.ReadAsync();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/auth/me")).ReadAsync();
        Assert.Equal("李明", me.GetProperty("displayName").GetString());
        Assert.Equal("承办人", me.GetProperty("roleNames")[0].GetString());

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Chinese_and_repeated_failures_lock_the_account()
    {
        var client = _host.Anonymous();
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "clerk", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal("用户名或密码不正确。", (await wrong.ReadAsync()).GetProperty("detail").GetString());

        for (var i = 1; i < 5; i++) await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "clerk", password = "wrong" });
        var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "clerk", password = ApiHost.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var problem = await locked.ReadAsync();
        Assert.Equal("账户已锁定", problem.GetProperty("title").GetString());
        Assert.Contains("密码连续错误5次", problem.GetProperty("detail").GetString());
        // Another account is not affected.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "handler", password = ApiHost.Password })).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_every_api_route_answers_401_ProblemDetails_in_Chinese()
    {
        var client = _host.Anonymous();
        foreach (var path in new[] { "/api/v1/cases", "/api/v1/tasks/mine", "/api/v1/deadlines/overdue", "/api/v1/auth/me" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var problem = await response.ReadAsync();
            Assert.Equal("未登录", problem.GetProperty("title").GetString());
            Assert.Contains("令牌", problem.GetProperty("detail").GetString());
        }

        var forged = _host.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/cases")).StatusCode);
    }
}
