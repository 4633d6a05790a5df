using Reconsideration.Workflows;

namespace Reconsideration.Host.Cli;

/// <summary><c>validate file.bpmn</c>: prints the validation report; exit 0 when the file can be deployed, 2 when not.</summary>
internal static class ValidateVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 2)
        {
            await stderr.WriteLineAsync("用法：validate <文件.bpmn>");
            return 2;
        }
        if (!File.Exists(args[1]))
        {
            await stderr.WriteLineAsync($"找不到文件“{args[1]}”。");
            return 2;
        }
        var engine = new WorkflowEngine(WorkflowStorage.InMemory(), TimeProvider.System);
        var problems = engine.Validate(await File.ReadAllTextAsync(args[1]));
        if (problems.Count == 0)
        {
            await stdout.WriteLineAsync($"{Path.GetFileName(args[1])}：校验通过，可以部署。");
            return 0;
        }
        await stdout.WriteLineAsync($"{Path.GetFileName(args[1])}：发现{problems.Count}处错误，不能部署。");
        foreach (var problem in problems) await stdout.WriteLineAsync("  " + problem);
        return 2;
    }
}
