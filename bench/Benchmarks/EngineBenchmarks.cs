using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Reconsideration.Workflows;

namespace Reconsideration.Benchmarks;

/// <summary>
/// (a) cost per element of a 10-step process in memory; (b) persisted task completions per second on SQLite
/// (WAL) with 1 and 8 concurrent callers; (c) the floor: plain single-row SQLite transactions per second with the
/// same settings, so that (b) can be stated as a ratio of what the machine's SQLite can do at all.
/// </summary>
internal static class EngineBenchmarks
{
    public static async Task<string> RunAsync(bool quick, TextWriter log)
    {
        var rounds = quick ? 3 : 7;
        var warmUp = TimeSpan.FromSeconds(quick ? 1 : 8);
        var dir = Directory.CreateTempSubdirectory("rc-bench-").FullName;
        try
        {
            await log.WriteLineAsync("(a) in-memory process …");
            var perElement = await Measure.MedianAsync(rounds, () => InMemoryPerElementAsync(quick ? 200 : 2000), warmUp);
            var results = new List<(string, Measure.Rate, Measure.Rate, double, double)>();
            foreach (var callers in new[] { 1, 8 })
            {
                await log.WriteLineAsync($"(b/c) {callers} caller(s) …");
                Task<Measure.Rate> Floor() => SqliteFloorAsync(Path.Combine(dir, $"floor-{Guid.NewGuid():N}.db"), callers, quick ? 500 : 4000);
                Task<Measure.Rate> Engine() => PersistedCompletionsAsync(Path.Combine(dir, $"engine-{Guid.NewGuid():N}.db"), callers, quick ? 200 : 2000);
                var cold = await Engine();
                var floor = (await Measure.MedianAsync(rounds, Floor, warmUp)).PerSecond;
                var engine = await Measure.MedianAsync(rounds, Engine, warmUp);
                results.Add(($"{callers}", cold, engine, floor, engine.PerSecond / floor));
            }
            var text = new StringBuilder();
            text.AppendLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}; median of {rounds} rounds after {warmUp.TotalSeconds:F0} s of unmeasured rounds.");
            text.AppendLine();
            text.AppendLine("| measure | result |");
            text.AppendLine("|---|---|");
            text.AppendLine($"| (a) in-memory, per element of a 10-step process | {perElement:F2} µs |");
            foreach (var (callers, cold, engine, floor, ratio) in results)
            {
                text.AppendLine($"| (b) the first round in this process (JIT still warming), {callers} caller(s) | {cold.PerSecond:F0} /s, {cold.CpuMicroseconds:F0} µs CPU each |");
                text.AppendLine($"| (b) persisted task completions/s, {callers} caller(s) | {engine.PerSecond:F0} /s |");
                text.AppendLine($"| (b) process CPU time per completion, {callers} caller(s) | {engine.CpuMicroseconds:F0} µs |");
                text.AppendLine($"| (c) floor: single-row SQLite transactions/s, {callers} caller(s) | {floor:F0} /s |");
                text.AppendLine($"| (b)/(c), {callers} caller(s) | {ratio:P0} |");
            }
            return text.ToString();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>start → 8 service tasks (a no-op handler) → end: 10 elements, run start to end in memory; µs per element.</summary>
    private static async Task<double> InMemoryPerElementAsync(int instances)
    {
        var engine = new WorkflowEngine(WorkflowStorage.InMemory(), TimeProvider.System, handlers: [new NoOpHandler()]);
        await engine.DeployAsync(Processes.TenSteps, "bench");
        for (var i = 0; i < 50; i++) await engine.StartAsync("tenSteps");
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < instances; i++) await engine.StartAsync("tenSteps");
        return stopwatch.Elapsed.TotalMicroseconds / instances / 10;
    }

    /// <summary>Instances wait in a chain of user tasks; callers complete them, each completion creating the next task.</summary>
    private static async Task<Measure.Rate> PersistedCompletionsAsync(string path, int callers, int completions)
    {
        var engine = new WorkflowEngine(WorkflowStorage.Sqlite(path), TimeProvider.System);
        await engine.DeployAsync(Processes.TaskChain, "bench");
        // One instance per caller, so concurrent callers do not conflict on one instance.
        var next = new Guid[callers];
        for (var i = 0; i < callers; i++)
        {
            var instance = (await engine.StartAsync("taskChain")).Id;
            next[i] = (await engine.TreeTasksAsync(instance))[0].Id;
        }
        for (var i = 0; i < callers * 5; i++) await CompleteNextAsync(engine, next, i % callers);
        var perCaller = completions / callers;
        return await Measure.ThroughputAsync(callers, perCaller, caller => CompleteNextAsync(engine, next, caller));
    }

    /// <summary>What a client does: complete its task and go on with the next open one, which the completion reports.</summary>
    private static async Task CompleteNextAsync(WorkflowEngine engine, Guid[] next, int caller)
    {
        var outcome = await engine.CompleteAsync(next[caller], Actor.System);
        next[caller] = outcome.OpenTasks[0].Id;
    }

    /// <summary>BEGIN; UPDATE one row; COMMIT — with WAL and synchronous=NORMAL, as the engine's connections use.</summary>
    private static async Task<Measure.Rate> SqliteFloorAsync(string path, int callers, int transactions)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync();
            await Execute(setup, "PRAGMA journal_mode=WAL; CREATE TABLE counters (id INTEGER PRIMARY KEY, value INTEGER NOT NULL);");
            for (var i = 0; i < callers; i++) await Execute(setup, $"INSERT INTO counters VALUES ({i}, 0);");
        }
        return await Measure.ThroughputAsync(callers, transactions / callers, async caller =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"UPDATE counters SET value = value + 1 WHERE id = {caller}";
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        });
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class NoOpHandler : IServiceTaskHandler
    {
        public string Name => "noop";
        public void Execute(ServiceTaskContext context) { }
    }
}
