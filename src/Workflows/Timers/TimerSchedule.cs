using System.Globalization;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Timers;

/// <summary>
/// A parsed BPMN timer value (timeDate, timeDuration or timeCycle), immutable. The syntax is documented in
/// docs/bpmn-extensions.md ("Timer values and periods"); the day arithmetic belongs to <see cref="BusinessCalendar"/>.
/// </summary>
internal sealed class TimerSchedule
{
    private readonly TimerInstant? _instant;
    private readonly TimerPeriod? _period;

    private TimerSchedule(TimerKind kind, string text, TimerInstant? instant = null, TimerPeriod? period = null)
    {
        Kind = kind;
        Text = text;
        _instant = instant;
        _period = period;
    }

    public TimerKind Kind { get; }

    /// <summary>The value as written.</summary>
    public string Text { get; }

    /// <summary>The value is <c>${ … }</c>: evaluate <see cref="Expression"/>, then call <see cref="FromResolved"/>.</summary>
    public bool IsExpression => Expression is not null;

    /// <summary>The text inside <c>${ … }</c>, when <see cref="IsExpression"/>.</summary>
    public string? Expression { get; private init; }

    /// <summary>For a cycle, how many times it fires; null when unbounded (<c>R/…</c>) or not a cycle.</summary>
    public int? Repetitions { get; private init; }

    /// <summary>For a cycle written with a start (<c>R2/2026-01-01T00:00:00+08:00/P1D</c>), that start.</summary>
    public DateTimeOffset? CycleStart { get; private init; }

    /// <summary>
    /// Parses a timer value. An expression (<c>${ … }</c>) is not parsed but reported through <see cref="IsExpression"/>.
    /// On failure <paramref name="error"/> says in Chinese what is wrong and what is expected.
    /// </summary>
    public static bool TryParse(TimerKind kind, string text, out TimerSchedule? schedule, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        schedule = null;
        if (TimerExpression.Recognise(text, out var inner, out error))
        {
            schedule = error is null ? new TimerSchedule(kind, text) { Expression = inner } : null;
            return schedule is not null;
        }

        schedule = kind switch
        {
            TimerKind.Date => ParseDate(text, out error),
            TimerKind.Duration => ParseDuration(text, out error),
            TimerKind.Cycle => ParseCycle(text, out error),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的定时器类型。"),
        };
        return schedule is not null;
    }

    /// <summary>The schedule for the value an expression evaluated to.</summary>
    /// <exception cref="FormatException">The value is not a valid timer value (Chinese message).</exception>
    public static TimerSchedule FromResolved(TimerKind kind, string resolvedText)
    {
        ArgumentNullException.ThrowIfNull(resolvedText);
        if (!TryParse(kind, resolvedText, out var schedule, out var error))
        {
            throw new FormatException($"定时器表达式的求值结果有误：{error}");
        }

        return schedule!.IsExpression
            ? throw new FormatException($"定时器表达式的求值结果“{resolvedText}”仍是表达式：应求值为具体的时间或时长")
            : schedule;
    }

    /// <summary>
    /// The next time the timer is due, or null when it has fired all its times (a date or duration fires once).
    /// <paramref name="now"/> is when the timer is scheduled; for later occurrences of a cycle without a start pass the
    /// previous occurrence's <see cref="TimerDue.At"/>, so that the cycle neither drifts nor skips a working day.
    /// A due instant may lie in the past (a timeDate already passed): the timer is then due at once.
    /// </summary>
    public TimerDue? DueAfter(DateTimeOffset now, BusinessCalendar calendar, int firedCount)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(firedCount);
        if (IsExpression)
        {
            throw new InvalidOperationException($"定时器值“{Text}”是表达式：须先求值，再用求值结果调用 FromResolved。");
        }

        if (Kind != TimerKind.Cycle)
        {
            return firedCount > 0 ? null : _instant?.Due() ?? _period!.After(now, calendar);
        }

        if (firedCount >= Repetitions)
        {
            return null;
        }

        var count = Repetitions is int n ? $"共{n}次" : "不限次数";
        var ordinal = (firedCount + 1).ToString(CultureInfo.InvariantCulture);
        TimerDue due;
        if (CycleStart is DateTimeOffset start)
        {
            // occurrences are counted from the start (start, start + P, start + 2P …) so that months do not drift
            due = firedCount == 0
                ? new TimerDue(start, false, $"于循环起点{LegalDateText.Instant(start)}（北京时间）到期")
                : _period!.Times(firedCount).After(start, calendar);
        }
        else
        {
            due = _period!.After(now, calendar);
        }

        return due with { Explanation = $"循环第{ordinal}次（{count}）：{due.Explanation}" };
    }

    private static TimerSchedule? ParseDate(string text, out string? error)
    {
        error = TimerInstant.TryParse(text, out var instant) ? null : TimerInstant.Unrecognised(text);
        return error is null ? new TimerSchedule(TimerKind.Date, text, instant: instant) : null;
    }

    private static TimerSchedule? ParseDuration(string text, out string? error)
    {
        return TimerPeriod.TryParse(text, out var period, out error)
            ? new TimerSchedule(TimerKind.Duration, text, period: period)
            : null;
    }

    private static TimerSchedule? ParseCycle(string text, out string? error)
    {
        var usage = $"无法识别的循环“{text}”：应为 ISO 8601 重复间隔（如 R3/PT1H、R/P1D、R2/2026-01-01T00:00:00+08:00/P1D）";
        var parts = text.Trim().Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || char.ToUpperInvariant(parts[0][0]) != 'R')
        {
            error = usage;
            return null;
        }

        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0)
            {
                error = $"循环“{text}”的重复次数“{parts[0]}”有误：应为 R 加正整数（如 R3），或只写 R 表示不限次数";
                return null;
            }

            repetitions = n;
        }

        DateTimeOffset? start = null;
        if (parts.Length == 3)
        {
            if (!TimerInstant.TryParse(parts[1], out var instant))
            {
                error = TimerPeriod.TryParse(parts[1], out _, out _)
                    ? $"循环“{text}”以结束时间表示，暂不支持：请写成“R次数/起始时间/间隔”"
                    : $"循环“{text}”的起始时间有误：{TimerInstant.Unrecognised(parts[1])}";
                return null;
            }

            if (instant!.IsDateOnly)
            {
                error = $"循环“{text}”的起始时间须含时刻（如 {parts[1]}T09:00:00+08:00），以免“当日开始”与“当日结束”混淆";
                return null;
            }

            start = instant.At;
        }

        if (!TimerPeriod.TryParse(parts[^1], out var period, out var periodError))
        {
            error = $"循环“{text}”的间隔有误：{periodError}";
            return null;
        }

        if (period!.IsZero)
        {
            error = $"循环“{text}”的间隔为零：请写一个大于零的间隔，如 PT1H 或 P1WD";
            return null;
        }

        error = null;
        return new TimerSchedule(TimerKind.Cycle, text, period: period) { Repetitions = repetitions, CycleStart = start };
    }
}
