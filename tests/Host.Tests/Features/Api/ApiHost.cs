using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Reconsideration.Host.Tests.Features.Api;

/// <summary>
/// The whole host in memory on a fresh temporary directory (SQLite file, documents, materials), with the demo users
/// and cases seeded unless told otherwise, and a small workflow deployed when one is given.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string Password = "Demo@2026";

    private readonly WebApplicationFactory<Program> _factory;

    public ApiHost(bool seed = true, string? bpmn = null, long maxUploadBytes = 64 * 1024, string? directory = null)
    {
        Directory = directory ?? System.IO.Directory.CreateTempSubdirectory("rc-api-").FullName;
        var definitions = System.IO.Directory.CreateDirectory(System.IO.Path.Combine(Directory, "definitions")).FullName;
        if (bpmn is not null) File.WriteAllText(System.IO.Path.Combine(definitions, "test.bpmn"), bpmn);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Workflows:Database", DatabasePath);
            b.UseSetting("Workflows:Definitions", definitions);
            b.UseSetting("Documents:DataDirectory", Directory);
            b.UseSetting("Cases:DataDirectory", Directory);
            b.UseSetting("Cases:MaxUploadBytes", maxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Seeding:Demo", seed ? "true" : "false");
        });
    }

    public string Directory { get; }

    public string DatabasePath => System.IO.Path.Combine(Directory, "reconsideration.db");

    public IServiceProvider Services => _factory.Services;

    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>A client carrying a bearer token of the demo user <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientAsync(string userName)
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Rows in a table, counted with a plain connection.</summary>
    public long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Removes the directory (a host sharing it must be disposed first).</summary>
    public void Delete()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing; the temporary directory is left to the OS.
        }
    }
}
