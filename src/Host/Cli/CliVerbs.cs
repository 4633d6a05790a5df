namespace Reconsideration.Host.Cli;

/// <summary>Command-line verbs run instead of the web server: <c>simulate</c>, <c>deadline</c>, <c>validate</c>, <c>render</c>.</summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["simulate", "deadline", "validate", "render"];

    public static bool IsVerb(string arg) => Verbs.Contains(arg);

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => args[0] switch
    {
        "simulate" => SimulateVerb.RunAsync(args, stdout, stderr),
        "validate" => ValidateVerb.RunAsync(args, stdout, stderr),
        "deadline" => DeadlineVerb.RunAsync(args, stdout, stderr),
        "render" => RenderVerb.RunAsync(args, stdout, stderr),
        _ => throw new ArgumentException($"Unknown verb {args[0]}"),
    };
}
