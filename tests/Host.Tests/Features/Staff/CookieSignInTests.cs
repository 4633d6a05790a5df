using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reconsideration.Host.Tests.Features.Api;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed partial class CookieSignInTests : IAsyncLifetime
{
    private readonly ApiHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync("/account/signin");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
            ["Input.UserName"] = userName, ["Input.Password"] = password,
        }));
    }

    [Fact]
    public async Task Pages_send_anonymous_people_to_sign_in_while_the_api_still_answers_401()
    {
        using var anonymous = _host.Anonymous();
        var home = await anonymous.GetAsync("/");
        Assert.Contains("/account/signin", home.RequestMessage!.RequestUri!.ToString());
        Assert.Contains("工作人员登录", WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task The_cookie_signs_in_to_the_pages_and_to_the_api_and_a_wrong_password_is_refused_in_Chinese()
    {
        using var browser = _host.Anonymous();
        var refused = await SignInAsync(browser, "handler", "wrong-password");
        // Blazor may write non-ASCII text as character references.
        Assert.Contains("用户名或密码不正确。", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        var signedIn = await SignInAsync(browser, "handler", ApiHost.Password);
        Assert.Equal("/", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal("李明", me.GetProperty("displayName").GetString());

        // Bearer tokens keep working beside it.
        using var api = await _host.ClientAsync("reviewer");
        Assert.Equal("reviewer", (await api.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("userName").GetString());
    }
}
