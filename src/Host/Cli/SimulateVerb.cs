using System.Text.Json;
using Reconsideration.Workflows.Simulation;

namespace Reconsideration.Host.Cli;

/// <summary>
/// <c>simulate file.bpmn --script steps.json</c>: runs the file's first executable process (or the one a start
/// step names) with <see cref="WorkflowSimulator"/> and prints one JSON document on stdout; logs go to stderr.
/// Invalid BPMN or an invalid step exits with code 2 and names the problem.
/// </summary>
internal static class SimulateVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 4 || args[2] != "--script")
        {
            await stderr.WriteLineAsync("用法：simulate <文件.bpmn> --script <步骤.json>");
            return 2;
        }
        try
        {
            var result = await WorkflowSimulator.RunAsync(await File.ReadAllTextAsync(args[1]), await File.ReadAllTextAsync(args[3]), stderr);
            await stdout.WriteLineAsync(result.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return 0;
        }
        catch (SimulationException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            await stderr.WriteLineAsync($"无法读取文件：{e.Message}");
            return 2;
        }
    }
}
