using Reconsideration.Benchmarks;
using Reconsideration.Benchmarks.Designer;
using Reconsideration.Benchmarks.Documents;
using Reconsideration.Benchmarks.Staff;

// bench [engine|documents|staff|designer] [--quick]: measures and prints a Markdown report (copied into docs/benchmarks.md).
var quick = args.Contains("--quick");
var only = args.FirstOrDefault(a => !a.StartsWith("--"));
if (only is null or "engine") Console.WriteLine(await EngineBenchmarks.RunAsync(quick, Console.Error));
if (only is null or "documents") Console.WriteLine(await DocumentBenchmarks.RunAsync(quick, Console.Error));
if (only is null or "staff") Console.WriteLine(await StaffBenchmarks.RunAsync(quick, Console.Error));
if (only is null or "designer") Console.WriteLine(await DesignerBenchmarks.RunAsync(quick, Console.Error));
