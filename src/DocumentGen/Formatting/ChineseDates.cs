using System.Globalization;

namespace Reconsideration.DocumentGen.Formatting;

/// <summary>Dates as official documents print them: Arabic numerals, no zero padding ("2026年3月1日", GB/T 9704 §7.3.5.3).</summary>
public static class ChineseDates
{
    /// <summary>"2026年3月1日".</summary>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>"2026年3月10日9时30分"; the minutes are left out on the hour ("2026年3月10日15时").</summary>
    public static string Format(DateTime time)
    {
        var day = Format(DateOnly.FromDateTime(time));
        return time.Minute == 0 ? $"{day}{time.Hour}时" : $"{day}{time.Hour}时{time.Minute}分";
    }

    /// <summary>Reads an ISO date ("2026-03-01"); data files carry dates in this form only.</summary>
    /// <exception cref="FormatException">The text is not a yyyy-MM-dd date.</exception>
    public static DateOnly ParseIsoDate(string text)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new FormatException($"日期“{text}”格式不正确，应写成 2026-03-01 的形式。");
    }

    /// <summary>Reads an ISO date with a time ("2026-03-10T09:30"), or a bare date as midnight.</summary>
    /// <exception cref="FormatException">The text is neither form.</exception>
    public static DateTime ParseIsoDateTime(string text)
    {
        string[] forms = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(text.Trim(), forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        throw new FormatException($"时间“{text}”格式不正确，应写成 2026-03-10T09:30 的形式。");
    }
}
