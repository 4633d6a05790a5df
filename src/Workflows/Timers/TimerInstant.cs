using System.Globalization;
using System.Text.RegularExpressions;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Timers;

/// <summary>
/// A point in time as a timer or due date writes it: an ISO 8601 date-time (<c>2026-03-01T09:00:00+08:00</c>; without an
/// offset it is China time) or a date only (<c>2026-03-01</c>, meaning the end of that day in China time).
/// </summary>
internal sealed record TimerInstant(DateTimeOffset At, DateOnly? Day)
{
    private static readonly Regex DateTimePattern = new(
        @"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)(Z|[+-]\d{2}:\d{2})?$",
        RegexOptions.CultureInvariant);

    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    public bool IsDateOnly => Day is not null;

    public TimerDue Due() => Day is DateOnly day
        ? new TimerDue(At, false, $"指定日期{LegalDateText.Day(day)}，于该日结束时（北京时间24时）到期")
        : new TimerDue(At, false, $"于指定时间{LegalDateText.Instant(At)}（北京时间）到期");

    public static bool TryParse(string text, out TimerInstant? instant)
    {
        instant = null;
        var trimmed = text.Trim().ToUpperInvariant();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            instant = new TimerInstant(LegalTime.EndOfDay(day), day);
            return true;
        }

        var match = DateTimePattern.Match(trimmed);
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups[1].Value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || !TryOffset(match.Groups[2], local, out var offset))
        {
            return false;
        }

        instant = new TimerInstant(new DateTimeOffset(local, offset), null);
        return true;
    }

    public static string Unrecognised(string text) =>
        $"无法识别的时间“{text}”：应为 ISO 8601 日期时间（如 2026-03-01T09:00:00+08:00）或日期（如 2026-03-01，指该日结束时）";

    private static bool TryOffset(Group group, DateTime local, out TimeSpan offset)
    {
        if (!group.Success)
        {
            offset = LegalTime.China.GetUtcOffset(local);
            return true;
        }

        if (group.Value == "Z")
        {
            offset = TimeSpan.Zero;
            return true;
        }

        var hours = int.Parse(group.Value.AsSpan(1, 2), CultureInfo.InvariantCulture);
        var minutes = int.Parse(group.Value.AsSpan(4, 2), CultureInfo.InvariantCulture);
        offset = new TimeSpan(hours, minutes, 0) * (group.Value[0] == '-' ? -1 : 1);
        return hours <= 14 && minutes < 60 && offset.Duration() <= TimeSpan.FromHours(14);
    }
}
