using Reconsideration.Workflows.Parsing;
using Reconsideration.Workflows.Timers;

namespace Reconsideration.Workflows.Tests.Parsing;

/// <summary>Fakes of the expression and timer checks that the real engine does with Jint and the calendar.</summary>
internal static class TestOptions
{
    public static ParseOptions Default { get; } = new(CheckExpression, CheckTimer);

    public static string? CheckExpression(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) return "右括号多了";
        }
        return depth == 0 ? null : "括号不配对。";
    }

    public static string? CheckTimer(TimerKind kind, string value) => kind switch
    {
        TimerKind.Duration => value.StartsWith('P') ? null : "时长要以 P 开头",
        TimerKind.Cycle => value.StartsWith('R') ? null : "周期要以 R 开头",
        _ => DateTimeOffset.TryParse(value, out _) ? null : "不是日期",
    };
}
