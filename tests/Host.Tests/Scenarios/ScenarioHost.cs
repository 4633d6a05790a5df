using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services;
using Reconsideration.Host.Tests.Features.Api;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests.Scenarios;

/// <summary>
/// The whole host on a SQLite file in a temporary directory with the shipped workflow deployed, the real handlers, the
/// demo users (the demo cases only when asked: seeding them drives six through the workflow) and a fake clock. The background job executor is removed: the scenario runs due jobs itself after
/// moving the clock, so a timer fires exactly when the test says.
/// </summary>
public sealed class ScenarioHost : IAsyncDisposable
{
    /// <summary>Monday 2 March 2026, 09:00 in Beijing: a working week with holiday data loaded.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly WebApplicationFactory<Program> _factory;

    /// <param name="demoCases">Seed the demo cases too.</param>
    /// <param name="holidayDirectory">Give the host an (empty) holiday directory, where 节假日安排 saves years.</param>
    public ScenarioHost(bool demoCases = false, bool holidayDirectory = false)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("rc-scenario-").FullName;
        var definitions = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "definitions")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "workflow-definitions", "reconsideration.bpmn"), Path.Combine(definitions, "reconsideration.bpmn"));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Workflows:Database", Path.Combine(Directory, "reconsideration.db"));
            b.UseSetting("Workflows:Definitions", definitions);
            b.UseSetting("Documents:DataDirectory", Directory);
            b.UseSetting("Cases:DataDirectory", Directory);
            b.UseSetting("Seeding:Demo", "true");
            b.UseSetting("Seeding:DemoCases", demoCases ? "true" : "false");
            if (holidayDirectory) b.UseSetting("Workflows:HolidayDirectory", System.IO.Directory.CreateDirectory(Path.Combine(Directory, "holidays")).FullName);
            b.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                var executor = services.Single(d => d.ImplementationType?.Name == "JobExecutorService");
                services.Remove(executor);
            });
        });
    }

    public FakeTimeProvider Clock { get; } = new(Monday);

    public string Directory { get; }

    public IServiceProvider Services => _factory.Services;

    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public async Task<HttpClient> ClientAsync(string userName)
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = ApiHost.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The case as the domain holds it now.</summary>
    public Task<Case> CaseAsync(Guid id) => Services.GetRequiredService<CaseQueryService>().GetAsync(id);

    /// <summary>Moves the clock by <paramref name="days"/> and runs every job due by then (timers, retries).</summary>
    public Task AdvanceAsync(int days) => AdvanceAsync(TimeSpan.FromDays(days));

    /// <summary>Moves the clock by <paramref name="time"/> and runs every job due by then.</summary>
    public async Task AdvanceAsync(TimeSpan time)
    {
        Clock.Advance(time);
        while (await Engine.RunDueJobsAsync() > 0)
        {
        }
    }

    public async Task<JsonElement> OpenTasksAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/v1/cases/{caseId}/tasks");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync();
    }

    /// <summary>Completes the open task <paramref name="elementId"/> of the case as <paramref name="client"/>'s user.</summary>
    public async Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid caseId, string elementId, object variables)
    {
        var tasks = await OpenTasksAsync(client, caseId);
        var task = tasks.EnumerateArray().FirstOrDefault(t => t.GetProperty("elementId").GetString() == elementId);
        Assert.True(task.ValueKind == JsonValueKind.Object,
            $"没有打开的任务 {elementId}；打开的任务：{string.Join("、", tasks.EnumerateArray().Select(t => t.GetProperty("elementId").GetString()))}；故障：{await IncidentsAsync()}");
        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", new { variables });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{elementId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>The journal lines of failed steps and incidents of the case, for assertion messages.</summary>
    public async Task<string> FailuresAsync(HttpClient client, Guid caseId)
    {
        var journal = await (await client.GetAsync($"/api/v1/cases/{caseId}/journal?detailed=true")).ReadAsync();
        return string.Join("\n", journal.EnumerateArray().Select(l => l.GetProperty("text").GetString()).Where(t => t!.Contains("失败") || t.Contains("故障")));
    }

    public async Task<string> IncidentsAsync() => string.Join("；", (await Engine.IncidentsAsync()).Select(i => i.Message));

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
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
