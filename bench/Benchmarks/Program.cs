using Reconsideration.Benchmarks;

// bench [--quick]: measures the engine and prints a Markdown report (copied into docs/benchmarks.md).
var quick = args.Contains("--quick");
var report = await EngineBenchmarks.RunAsync(quick, Console.Error);
Console.WriteLine(report);
