using System.Collections.Concurrent;
using System.Text.Json;
using Reconsideration.Workflows.Calendar;
using Reconsideration.Workflows.Expressions;
using Reconsideration.Workflows.Model;
using Reconsideration.Workflows.Runtime.Execution;

namespace Reconsideration.Workflows.Timers;

/// <summary>When timers fall due and tasks are due: parses once, resolves ${…} values against the variables, applies the calendar.</summary>
internal sealed class TimerService(ExpressionEvaluator expressions, BusinessCalendar calendar)
{
    private readonly ConcurrentDictionary<(TimerKind, string), TimerSchedule> _schedules = new();
    private readonly ConcurrentDictionary<string, DuePeriod> _periods = new();

    /// <summary>The next instant the timer falls due, or null when its cycle is exhausted.</summary>
    public DateTimeOffset? Due(TimerDefinition timer, DateTimeOffset now, int firedCount,
        Func<IReadOnlyDictionary<string, JsonElement>> variables)
    {
        var schedule = _schedules.GetOrAdd((timer.Kind, timer.Value), key => Parse(key.Item1, key.Item2));
        if (schedule.IsExpression)
            schedule = Resolve(timer.Kind, Text(expressions.Evaluate(schedule.Expression!, variables()), timer.Value));
        return schedule.DueAfter(now, calendar, firedCount)?.At;
    }

    /// <summary>A user task's due date from its rc:dueDate (a period from now, a date, or a ${…} expression).</summary>
    public TimerDue TaskDue(string dueDate, DateTimeOffset now, Func<IReadOnlyDictionary<string, JsonElement>> variables)
    {
        var period = _periods.GetOrAdd(dueDate, text => DuePeriod.TryParse(text, out var p, out var error)
            ? p!
            : throw new WorkflowStepException($"期限“{text}”无效：{error}"));
        if (period.IsExpression)
        {
            var resolved = Text(expressions.Evaluate(period.Expression!, variables()), dueDate);
            try
            {
                period = DuePeriod.FromResolved(resolved);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new WorkflowStepException($"期限表达式“{dueDate}”的结果“{resolved}”不是有效的期限：{e.Message}");
            }
        }
        return period.DueFrom(now, calendar);
    }

    private static TimerSchedule Parse(TimerKind kind, string text) =>
        TimerSchedule.TryParse(kind, text, out var schedule, out var error)
            ? schedule!
            : throw new WorkflowStepException($"定时器“{text}”无效：{error}");

    private static TimerSchedule Resolve(TimerKind kind, string text)
    {
        try
        {
            return TimerSchedule.FromResolved(kind, text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new WorkflowStepException($"定时器表达式的结果“{text}”无效：{e.Message}");
        }
    }

    private static string Text(JsonElement value, string source) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        _ => throw new WorkflowStepException($"表达式“{source}”的结果应为日期或期限文本，实际为 {value.GetRawText()}。"),
    };
}
