namespace Reconsideration.Host.Cli;

/// <summary>Command-line verbs run instead of the web server: <c>simulate</c>, <c>deadline</c>, <c>validate</c>.</summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["simulate", "deadline", "validate"];

    public static bool IsVerb(string arg) => Verbs.Contains(arg);

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        switch (args[0])
        {
            case "deadline":
                return DeadlineVerb.RunAsync(args, stdout, stderr);
        }

        stderr.WriteLine($"命令 {args[0]} 尚未实现。");
        return Task.FromResult(1);
    }
}
