using System.Diagnostics;
using Reconsideration.CrashWorkload;

namespace Reconsideration.Workflows.Tests.Persistence;

/// <summary>One run of the crash workload as a real child process (dotnet &lt;dll&gt; &lt;db&gt;), its stdout collected line by line.</summary>
internal sealed class WorkloadProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Task _stdout;
    private readonly Task<string> _stderr;

    private WorkloadProcess(Process process)
    {
        _process = process;
        _stdout = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
                lock (_lines) _lines.Add(line);
        });
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static WorkloadProcess Start(string databasePath)
    {
        var dll = typeof(CrashProcess).Assembly.Location;
        var info = new ProcessStartInfo(DotnetHost(), [dll, databasePath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        return new WorkloadProcess(Process.Start(info) ?? throw new InvalidOperationException("Could not start the workload."));
    }

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines) return _lines.ToArray();
        }
    }

    /// <summary>Progress lines after "ready" (starts, completions, conflicts).</summary>
    public int Progress => Math.Max(0, Lines.SkipWhile(l => l != "ready;").Count() - 1);

    /// <summary>Waits until <paramref name="condition"/> holds; fails with what the process wrote if it does not in time or it exits.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The workload exited ({_process.ExitCode}) before {what}. stderr: {await _stderr}");
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"The workload (pid {Pid}) did not reach {what} within {timeout.TotalSeconds} s; "
                                           + $"it wrote {Lines.Count} lines, the last: {Lines.LastOrDefault()}");
            await Task.Delay(2);
        }
    }

    /// <summary>SIGKILL: no finally blocks, no flushing, no disposing; then everything it wrote before dying.</summary>
    public async Task<(IReadOnlyList<string> Lines, string Errors)> KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
        await _stdout;
        return (Lines, await _stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
