using System.Globalization;

namespace Reconsideration.Workflows.Calendar;

/// <summary>How dates and instants are written in explanations people read ("2026年3月1日").</summary>
internal static class LegalDateText
{
    public static string Day(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Instant(DateTimeOffset instant)
    {
        var local = LegalTime.ToChina(instant);
        var time = local.Second == 0 && local.Millisecond == 0
            ? local.ToString("HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return $"{Day(DateOnly.FromDateTime(local.DateTime))} {time}";
    }

    /// <summary>"（暂定：2027年节假日安排尚未载入）", or "" when no year is missing.</summary>
    public static string ProvisionalNote(IReadOnlyCollection<int> missingYears) =>
        missingYears.Count == 0
            ? ""
            : $"（暂定：{string.Join("、", missingYears.Order().Select(y => $"{y}年"))}节假日安排尚未载入）";
}
