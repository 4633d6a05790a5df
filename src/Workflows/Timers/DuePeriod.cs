using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Timers;

/// <summary>
/// A user task's due date as a definition writes it: a period counted from the task's creation (<c>P5WD</c>, <c>P10CD</c>,
/// <c>P3D</c>, <c>PT4H</c> — the timeDuration syntax) or an absolute date or date-time (<c>2026-03-01</c> = end of that day).
/// </summary>
internal sealed class DuePeriod
{
    private readonly TimerPeriod? _period;
    private readonly TimerInstant? _instant;

    private DuePeriod(string text, TimerPeriod? period, TimerInstant? instant, string? expression)
    {
        Text = text;
        _period = period;
        _instant = instant;
        Expression = expression;
    }

    /// <summary>The value as written.</summary>
    public string Text { get; }

    /// <summary>The value is <c>${ … }</c>: evaluate <see cref="Expression"/>, then call <see cref="FromResolved"/>.</summary>
    public bool IsExpression => Expression is not null;

    /// <summary>The text inside <c>${ … }</c>, when <see cref="IsExpression"/>.</summary>
    public string? Expression { get; }

    public static bool TryParse(string text, out DuePeriod? period, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        period = null;
        if (TimerExpression.Recognise(text, out var inner, out error))
        {
            period = error is null ? new DuePeriod(text, null, null, inner) : null;
            return period is not null;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith('P') || trimmed.StartsWith('p'))
        {
            if (TimerPeriod.TryParse(trimmed, out var timerPeriod, out _))
            {
                period = new DuePeriod(text, timerPeriod, null, null);
                return true;
            }
        }
        else if (TimerInstant.TryParse(trimmed, out var instant))
        {
            period = new DuePeriod(text, null, instant, null);
            return true;
        }

        error = $"无法识别的办理期限“{text}”：应为期间（如 P5WD、P10CD、P3D、PT4H）或日期（如 2026-03-01，指该日结束时；或 2026-03-01T17:00:00+08:00）";
        return false;
    }

    /// <summary>The due period for the value an expression evaluated to.</summary>
    /// <exception cref="FormatException">The value is not a valid due period (Chinese message).</exception>
    public static DuePeriod FromResolved(string resolvedText)
    {
        ArgumentNullException.ThrowIfNull(resolvedText);
        if (!TryParse(resolvedText, out var period, out var error))
        {
            throw new FormatException($"办理期限表达式的求值结果有误：{error}");
        }

        return period!.IsExpression
            ? throw new FormatException($"办理期限表达式的求值结果“{resolvedText}”仍是表达式：应求值为具体的期间或日期")
            : period;
    }

    /// <summary>When a task created at <paramref name="created"/> is due.</summary>
    public TimerDue DueFrom(DateTimeOffset created, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (IsExpression)
        {
            throw new InvalidOperationException($"办理期限“{Text}”是表达式：须先求值，再用求值结果调用 FromResolved。");
        }

        return _instant?.Due() ?? _period!.After(created, calendar);
    }
}
