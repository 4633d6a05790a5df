using System.Diagnostics;

namespace Reconsideration.Benchmarks;

/// <summary>Repeats a measured round and reports the median, so one slow round (GC, the other core busy) does not decide.</summary>
internal static class Measure
{
    public static async Task<double> MedianAsync(int rounds, Func<Task<double>> round)
    {
        var results = new List<double>();
        for (var i = 0; i < rounds; i++) results.Add(await round());
        results.Sort();
        return results[results.Count / 2];
    }

    /// <summary>Operations per second of <paramref name="callers"/> concurrent loops, each running <paramref name="perCaller"/> operations (given its caller number).</summary>
    public static async Task<double> ThroughputAsync(int callers, int perCaller, Func<int, Task> operation)
    {
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < perCaller; i++) await operation(caller);
        }));
        await Task.WhenAll(workers);
        return callers * perCaller / stopwatch.Elapsed.TotalSeconds;
    }
}
