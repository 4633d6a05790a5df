using System.Net;
using System.Text.RegularExpressions;

namespace Reconsideration.Host.Tests.Features.Api;

public sealed partial class ReferenceTests : IAsyncLifetime
{
    private readonly ApiHost _host = new(seed: false);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_routes_and_the_bearer_scheme()
    {
        var document = await (await _host.Anonymous().GetAsync("/openapi/v1.json")).ReadAsync();

        Assert.Equal("行政复议案件办理系统 API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/token", "/api/v1/cases", "/api/v1/cases/{id}/accept", "/api/v1/tasks/mine",
                     "/api/v1/tasks/{taskId}/complete", "/api/v1/cases/{id}/documents/{code}", "/api/v1/cases/{id}/service-records",
                     "/api/v1/deadlines/overdue", "/api/v1/cases/{id}/journal", "/api/v1/cases/{id}/materials" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task The_reference_page_loads_from_this_server_alone()
    {
        var client = _host.Anonymous();
        var page = await client.GetStringAsync("/api/docs/index.html");

        Assert.Contains("<html", page);
        var assets = AssetPattern().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(assets);
        Assert.DoesNotContain(assets, a => a.Contains("//", StringComparison.Ordinal));
        Assert.DoesNotMatch("(src|href)=\"https?:", page);
        foreach (var asset in assets)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs/" + asset.TrimStart('.', '/'))).StatusCode);
        // The page's settings point at our own document, with no online validator.
        var settings = await client.GetStringAsync("/api/docs/index.js");
        Assert.Contains("/openapi/v1.json", settings);
        Assert.DoesNotContain("validator.swagger.io", settings);
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex AssetPattern();
}
