using System.Diagnostics;

namespace Reconsideration.Benchmarks;

/// <summary>
/// Repeats a measured round and reports the median, so one slow round (GC, the other core busy) does not decide.
/// Rounds may first be run unmeasured for a while, as BenchmarkDotNet's warm-up does: .NET compiles a method first
/// without optimisation and recompiles the ones called often, with profile data, on a background thread, so a
/// fresh process runs the engine's commit at about half its later speed for its first ~10,000 completions.
/// </summary>
internal static class Measure
{
    public static async Task<double> MedianAsync(int rounds, Func<Task<double>> round, TimeSpan warmUp = default) =>
        (await MedianAsync(rounds, async () => new Rate(await round(), 0), warmUp)).PerSecond;

    /// <summary>The median of each figure of the rounds, taken separately, after unmeasured rounds for <paramref name="warmUp"/>.</summary>
    public static async Task<Rate> MedianAsync(int rounds, Func<Task<Rate>> round, TimeSpan warmUp = default)
    {
        for (var warming = Stopwatch.StartNew(); warming.Elapsed < warmUp;) await round();
        var results = new List<Rate>();
        for (var i = 0; i < rounds; i++) results.Add(await round());
        return new Rate(Median(results.Select(r => r.PerSecond)), Median(results.Select(r => r.CpuMicroseconds)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    /// <summary>
    /// Operations per second of <paramref name="callers"/> concurrent loops, each running <paramref name="perCaller"/>
    /// operations (given its caller number), and the process's CPU time per operation: on a shared machine the second
    /// moves much less with other jobs than the first.
    /// </summary>
    public static async Task<Rate> ThroughputAsync(int callers, int perCaller, Func<int, Task> operation)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < perCaller; i++) await operation(caller);
        }));
        await Task.WhenAll(workers);
        var elapsed = stopwatch.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return new Rate(callers * perCaller / elapsed.TotalSeconds, used.TotalMicroseconds / (callers * perCaller));
    }

    public readonly record struct Rate(double PerSecond, double CpuMicroseconds);
}
