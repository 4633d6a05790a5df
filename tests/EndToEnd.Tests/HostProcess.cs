using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Reconsideration.EndToEnd.Tests;

/// <summary>
/// The built host started as its own process on a free port, with a temporary data directory, the demo users and
/// cases, the shipped reconsideration workflow (the demo seeding starts it for the case under acceptance review, so
/// its 受理审查 is in the handlers' inbox) and one small workflow whose task the handler can claim.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    public const string Password = "Demo@2026";

    /// <summary>The task the test workflow creates for the handler role.</summary>
    public const string TaskName = "审查申请材料";

    private readonly Process _process;

    private HostProcess(Process process, string directory, Uri baseAddress)
    {
        _process = process;
        Directory = directory;
        BaseAddress = baseAddress;
    }

    public string Directory { get; }

    public Uri BaseAddress { get; }

    public static async Task<HostProcess> StartAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("rc-e2e-").FullName;
        var definitions = System.IO.Directory.CreateDirectory(Path.Combine(directory, "definitions")).FullName;
        await File.WriteAllTextAsync(Path.Combine(definitions, "e2e.bpmn"), Bpmn);
        File.Copy(Path.Combine(RepositoryRoot(), "workflow-definitions", "reconsideration.bpmn"), Path.Combine(definitions, "reconsideration.bpmn"));
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [HostDll()]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Workflows__Database"] = Path.Combine(directory, "reconsideration.db");
        info.Environment["Workflows__Definitions"] = definitions;
        info.Environment["Documents__DataDirectory"] = directory;
        info.Environment["Cases__DataDirectory"] = directory;
        info.Environment["Seeding__Demo"] = "true";
        var process = Process.Start(info) ?? throw new InvalidOperationException("无法启动主机进程。");
        // The host's log beside the test assembly, for reading after a failure; draining also keeps the pipe from filling.
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(AppContext.BaseDirectory, "host.log")) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, directory, new Uri($"http://127.0.0.1:{port}/"));
        await host.WaitHealthyAsync();
        return host;
    }

    /// <summary>Starts the test workflow for a case the handler may work on, through the API with a bearer token.</summary>
    public async Task StartHandlerTaskAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var token = await client.PostAsJsonAsync("api/v1/auth/token", new { userName = "handler", password = Password });
        token.EnsureSuccessStatusCode();
        var access = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", access);
        var cases = await client.GetFromJsonAsync<JsonElement>("api/v1/cases?pageSize=100");
        var mine = cases.GetProperty("items").EnumerateArray()
            .First(c => c.GetProperty("handler").ValueKind == JsonValueKind.Null || c.GetProperty("handler").GetString() == "handler");
        var started = await client.PostAsJsonAsync($"api/v1/cases/{mine.GetProperty("id").GetString()}/workflow", new { processId = "e2e-review" });
        if (!started.IsSuccessStatusCode) throw new InvalidOperationException(await started.Content.ReadAsStringAsync());
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        // Seeding (users' password hashes, the demo case's workflow and its receipt) runs before the host listens; with
        // every test project running at once on a small machine that has taken more than a minute.
        var until = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"主机进程已退出，退出码 {_process.ExitCode}。");
            try
            {
                if ((await client.GetAsync("health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }

        throw new TimeoutException("主机180秒内未就绪，请查看 host.log。");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host built beside this test project, in the same configuration.</summary>
    private static string HostDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;   // bin/<Configuration>/net10.0
        var dll = Path.Combine(RepositoryRoot(), "src", "Host", "bin", configuration, "net10.0", "Reconsideration.Host.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"主机尚未构建（{configuration}），请先 dotnet build。");
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Reconsideration.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("找不到 Reconsideration.sln，请从仓库中运行测试。");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing; the temporary directory is left to the OS.
        }
    }

    private const string Bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rc="urn:reconsideration:bpmn:1.0" id="d" targetNamespace="t">
          <bpmn:process id="e2e-review" name="浏览器测试流程" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review"/>
            <bpmn:userTask id="review" name="审查申请材料" rc:candidateRoles="handler" rc:dueDate="P3WD"/>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
