using System.Collections.Frozen;
using System.Globalization;

namespace Reconsideration.Workflows.Calendar;

/// <summary>
/// One year's holiday arrangement from the State Council's yearly notice (国务院办公厅关于X年部分节假日安排的通知).
/// </summary>
/// <param name="Year">The calendar year the arrangement is for.</param>
/// <param name="DaysOff">Statutory holidays and the days off they bring (放假调休), weekend days included.</param>
/// <param name="WorkingWeekendDays">Saturdays or Sundays declared working days (调休上班日).</param>
/// <param name="Source">Where the data comes from: the first comment line of the file, usually the notice's number and title.</param>
public sealed record HolidayYear(
    int Year,
    IReadOnlySet<DateOnly> DaysOff,
    IReadOnlySet<DateOnly> WorkingWeekendDays,
    string Source)
{
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>
    /// Reads the text of a holiday data file: <c># comment</c> lines (the first is the source), <c>off: a..b</c> or
    /// <c>off: d</c> for days off, <c>work: d</c> for make-up working weekend days; several items may be separated by commas.
    /// The year is that of the first date.
    /// </summary>
    /// <exception cref="HolidayDataException">A line is wrong; the message gives its number and what to change.</exception>
    public static HolidayYear Parse(string text) => ParseCore(text, null);

    /// <summary>As <see cref="Parse(string)"/>, requiring every date to lie in <paramref name="expectedYear"/>.</summary>
    public static HolidayYear Parse(string text, int expectedYear) => ParseCore(text, expectedYear);

    private static HolidayYear ParseCore(string text, int? expectedYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new ParseState(expectedYear);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            state.ReadLine(lines[i].Trim().Trim('\uFEFF'), i + 1);
        }

        if (state.Year is not int year)
        {
            throw new HolidayDataException("文件中没有任何日期，无法确定年份：请至少写一行“off: 日期”或“work: 日期”。");
        }

        return new HolidayYear(year, state.Off.Keys.ToFrozenSet(), state.Work.Keys.ToFrozenSet(), state.Source ?? "");
    }

    private sealed class ParseState(int? expectedYear)
    {
        public int? Year { get; private set; } = expectedYear;
        public string? Source { get; private set; }
        public Dictionary<DateOnly, int> Off { get; } = [];
        public Dictionary<DateOnly, int> Work { get; } = [];

        public void ReadLine(string line, int lineNumber)
        {
            if (line.StartsWith('#'))
            {
                var comment = line.TrimStart('#').Trim();
                if (Source is null && comment.Length > 0)
                {
                    Source = comment;
                }

                return;
            }

            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash].TrimEnd();
            }

            if (line.Length == 0)
            {
                return;
            }

            var colon = line.IndexOfAny([':', '：']);
            if (colon < 0)
            {
                throw Error("缺少冒号：每行应写作“off: 日期”或“work: 日期”，例如 off: 2026-10-01..2026-10-07。", lineNumber);
            }

            var keyword = line[..colon].Trim().ToLowerInvariant();
            if (keyword is not ("off" or "work"))
            {
                throw Error($"无法识别的关键字“{keyword}”：只能是 off（放假）或 work（调休上班）。", lineNumber);
            }

            var items = line[(colon + 1)..].Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (items.Length == 0)
            {
                throw Error($"“{keyword}:”后缺少日期，例如 {keyword}: 2026-10-01。", lineNumber);
            }

            foreach (var item in items)
            {
                foreach (var day in Days(item, lineNumber))
                {
                    Add(day, keyword == "off", lineNumber);
                }
            }
        }

        private static IEnumerable<DateOnly> Days(string item, int lineNumber)
        {
            var dots = item.IndexOf("..", StringComparison.Ordinal);
            var first = ParseDate(dots < 0 ? item : item[..dots].Trim(), lineNumber);
            var last = dots < 0 ? first : ParseDate(item[(dots + 2)..].Trim(), lineNumber);
            if (last < first)
            {
                throw Error($"日期范围“{item}”的结束日早于开始日：应写作“开始日..结束日”。", lineNumber);
            }

            for (var day = first; day <= last; day = day.AddDays(1))
            {
                yield return day;
            }
        }

        private static DateOnly ParseDate(string text, int lineNumber) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Error($"无法识别的日期“{text}”：日期应写作 yyyy-MM-dd，例如 2026-10-01。", lineNumber);

        private void Add(DateOnly day, bool off, int lineNumber)
        {
            Year ??= day.Year;
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (day.Year != Year)
            {
                throw Error($"{text} 不属于{Year}年：一个文件只写一年的安排，跨年的假期请分别写入两个年份的文件。", lineNumber);
            }

            if (off)
            {
                if (Work.TryGetValue(day, out var workLine))
                {
                    throw Error($"{text} 既列为调休上班（第{workLine}行）又列为放假：请删去其中一处。", lineNumber);
                }

                Off.TryAdd(day, lineNumber);
                return;
            }

            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw Error($"{text} 是{WeekdayNames[(int)day.DayOfWeek]}，不是周六或周日：work 只用于调休上班的周末，平日本就是工作日，无需列出。", lineNumber);
            }

            if (Off.TryGetValue(day, out var offLine))
            {
                throw Error($"{text} 既列为放假（第{offLine}行）又列为调休上班：请删去其中一处。", lineNumber);
            }

            Work.TryAdd(day, lineNumber);
        }

        private static HolidayDataException Error(string problem, int lineNumber) => new(problem, lineNumber);
    }
}
