using Reconsideration.CrashWorkload;
using Reconsideration.Workflows;

// Runs a workload against an SQLite file until it is killed: starts instances, completes tasks from two workers,
// runs due jobs with a job executor. Every line on stdout is written (and flushed) only after the command it
// reports has committed, and ends with ";" so that a line cut short by the kill can be told apart.
//   started <instanceId>;
//   completed <taskId> <instanceId> <elementId>;
//   conflict <taskId>;            (another worker completed the task first: expected)
//   error <what>;                 (anything else: the test fails)

if (args.Length != 1)
{
    Console.Error.WriteLine("用法：Reconsideration.CrashWorkload <数据库文件>");
    return 2;
}

var options = new WorkflowEngineOptions
{
    NodeName = $"crash-{Environment.ProcessId}",
    // A killed node's leases must pass to the next run quickly.
    JobLease = TimeSpan.FromSeconds(2),
    RetryBackoff = [TimeSpan.FromSeconds(1)],
    // More than the runs of the test: StampHandler fails once per run at most, so its retries never run out.
    JobRetries = 20,
};
var engine = new WorkflowEngine(WorkflowStorage.Sqlite(args[0]), TimeProvider.System, options, [new StampHandler()]);
await engine.DeployAsync(CrashProcess.Xml, "crash-workload");
Report.Line("ready");

using var stop = new CancellationTokenSource();
// Each on its own thread: SQLite's "async" calls complete synchronously, so an async loop started inline would
// never yield to the next one.
var executor = Task.Run(() => new JobExecutor(engine, TimeSpan.FromMilliseconds(50))
    .RunAsync(stop.Token, e => Report.Line($"error executor {e.GetType().Name} {Report.OneLine(e.Message)}")));
var workers = Enumerable.Range(1, 2).Select(n => Task.Run(() => Worker.RunAsync(engine, n, stop.Token))).ToArray();
await Task.WhenAll([executor, .. workers]);
return 0;
