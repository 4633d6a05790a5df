using System.Text.RegularExpressions;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services.Admin;

/// <summary>
/// Reads the text of the State Council's yearly notice (国务院办公厅关于X年部分节假日安排的通知) as published, one holiday
/// a line: "元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。" The sentence with 放假 gives the days off
/// (a day, or a range whose end may leave out its month), the sentence with 上班 the make-up working days. A weekday
/// in brackets is checked against the date, which catches a wrong year.
/// </summary>
public static partial class HolidayNoticeParser
{
    /// <exception cref="HolidayDataException">The text is not such a notice; the message says which line and what to change.</exception>
    public static HolidayNotice Parse(string text, int? year = null)
    {
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).ToList();
        var titleYear = TitleYear().Match(text ?? "") is { Success: true } t ? int.Parse(t.Groups[1].Value) : (int?)null;
        if (year is { } given && titleYear is { } stated && given != stated)
            throw new HolidayDataException($"通知标题是{stated}年的安排，但所选年份是{given}年；请核对年份或通知原文。");
        var theYear = year ?? titleYear ?? throw new HolidayDataException("请填写年份，或粘贴包括标题（“国务院办公厅关于2026年部分节假日安排的通知”）在内的通知原文。");
        var number = NoticeNumber().Match(text ?? "") is { Success: true } n ? n.Value + " " : "";
        var holidays = new List<HolidayNoticeLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Contains("放假", StringComparison.Ordinal) || !(lines[i].Contains('：') || lines[i].Contains(':'))) continue;
            holidays.Add(ParseLine(lines[i], theYear, i + 1));
        }

        if (holidays.Count == 0)
            throw new HolidayDataException("没有找到节假日安排：请粘贴通知正文中“元旦：1月1日（周四）至3日（周六）放假调休，共3天。”这样的各行。");
        return new HolidayNotice(theYear, $"{number}国务院办公厅关于{theYear}年部分节假日安排的通知", holidays);
    }

    private static HolidayNoticeLine ParseLine(string line, int year, int lineNumber)
    {
        var colon = line.IndexOfAny(['：', ':']);
        var name = Numbering().Replace(line[..colon], "").Trim();
        DateOnly? from = null, to = null;
        var work = new List<DateOnly>();
        foreach (var sentence in line[(colon + 1)..].Split('。', StringSplitOptions.RemoveEmptyEntries))
        {
            var days = Days(sentence, year, lineNumber);
            if (sentence.Contains("放假", StringComparison.Ordinal) && from is null && days.Count > 0)
            {
                from = days[0];
                to = sentence.Contains('至') && days.Count > 1 ? days[1] : days[0];
            }
            else if (sentence.Contains("上班", StringComparison.Ordinal))
            {
                work.AddRange(days);
            }
        }

        if (from is null || to is null)
            throw new HolidayDataException($"“{name}”一行没有读出放假日期；应写作“1月1日（周四）至3日（周六）放假”。", lineNumber);
        if (to < from)
            throw new HolidayDataException($"“{name}”的放假结束日早于开始日；跨年的安排请分别录入两个年份。", lineNumber);
        return new HolidayNoticeLine(name, from.Value, to.Value, work);
    }

    /// <summary>The dates of a sentence in order; a day without its month takes the month before it.</summary>
    private static List<DateOnly> Days(string sentence, int year, int lineNumber)
    {
        var days = new List<DateOnly>();
        var month = 0;
        foreach (Match m in DayPattern().Matches(sentence))
        {
            if (m.Groups["month"].Success) month = int.Parse(m.Groups["month"].Value);
            var day = int.Parse(m.Groups["day"].Value);
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
                throw new HolidayDataException($"“{m.Value}”不是{year}年的有效日期。", lineNumber);
            var date = new DateOnly(year, month, day);
            if (m.Groups["note"].Success && Weekday().Match(m.Groups["note"].Value) is { Success: true } w
                && "日一二三四五六".IndexOf(w.Groups[1].Value.Replace('天', '日')[0]) is var stated && stated != (int)date.DayOfWeek)
            {
                throw new HolidayDataException(
                    $"{month}月{day}日标注为“周{w.Groups[1].Value}”，但{year}年{month}月{day}日是周{"日一二三四五六"[(int)date.DayOfWeek]}；请核对年份或通知原文。", lineNumber);
            }

            days.Add(date);
        }

        return days;
    }

    [GeneratedRegex(@"(?:(?<month>\d{1,2})月)?(?<day>\d{1,2})日(?:（(?<note>[^）]*)）)?")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"(?:周|星期)([日天一二三四五六])")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"关于(\d{4})年部分节假日安排")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"国办发明电〔\d{4}〕\d+号")]
    private static partial Regex NoticeNumber();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex Numbering();
}
