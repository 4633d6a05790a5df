using System.Collections.Frozen;
using System.Globalization;
using static Reconsideration.Workflows.Calendar.LegalDateText;

namespace Reconsideration.Workflows.Calendar;

/// <summary>
/// The legal business calendar: working days from the loaded holiday years, and the two ways the law counts
/// periods — working days (行政复议法 Art. 88) and calendar days or months (民事诉讼法 Art. 85, 民法典 Art. 202).
/// Immutable; a year without loaded data is counted on weekends only and every result that depends on it is provisional.
/// </summary>
public sealed class BusinessCalendar
{
    private const string WorkingDayRule = "《行政复议法》第八十八条：期间中的“日”指工作日";
    private const string CalendarDayRule = "《行政复议法》第八十八条、《民事诉讼法》第八十五条";
    private const string MonthRule = "《民法典》第二百零二条、《民事诉讼法》第八十五条";

    private static readonly Lazy<BusinessCalendar> Shipped = new(() => new BusinessCalendar(ShippedHolidayData.Load()));

    private readonly FrozenDictionary<int, HolidayYear> _years;

    /// <summary>A calendar of exactly these years.</summary>
    /// <exception cref="ArgumentException">Two arrangements for the same year.</exception>
    public BusinessCalendar(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var byYear = new Dictionary<int, HolidayYear>();
        foreach (var year in years)
        {
            if (!byYear.TryAdd(year.Year, year))
            {
                throw new ArgumentException($"{year.Year}年的节假日安排出现了两次：每年只能有一份。", nameof(years));
            }
        }

        _years = byYear.ToFrozenDictionary();
        Years = [.. byYear.Keys.Order()];
    }

    /// <summary>The calendar of the holiday years shipped with the program.</summary>
    public static BusinessCalendar Default => Shipped.Value;

    /// <summary>The years with loaded holiday data, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>
    /// The shipped years, replaced or extended by every <c>*.txt</c> file in <paramref name="directory"/> (one year a file,
    /// best named <c>&lt;year&gt;.txt</c>). Null or empty: <see cref="Default"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="HolidayDataException">A file is wrong; the message names it and the line.</exception>
    public static BusinessCalendar Load(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return Default;
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"节假日数据目录“{directory}”不存在：请检查配置的路径，或不配置该项以只使用随程序发布的节假日安排。");
        }

        var years = Default._years.ToDictionary();
        var files = new Dictionary<int, string>();
        foreach (var path in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var year = ReadFile(path, name);
            if (files.TryGetValue(year.Year, out var other))
            {
                throw new HolidayDataException($"与“{other}”都是{year.Year}年的安排：每年只保留一个文件。", null, name);
            }

            files.Add(year.Year, name);
            years[year.Year] = year;
        }

        return new BusinessCalendar(years.Values);
    }

    /// <summary>The loaded arrangement of <paramref name="year"/>, or null when that year has none.</summary>
    public HolidayYear? Holidays(int year) => _years.GetValueOrDefault(year);

    /// <summary>Whether holiday data for <paramref name="year"/> is loaded.</summary>
    public bool HasDataFor(int year) => _years.ContainsKey(year);

    /// <summary>
    /// Whether <paramref name="day"/> is a working day: a weekday that is not a day off, or a make-up working weekend day.
    /// In a year without data: Monday to Friday.
    /// </summary>
    public bool IsWorkingDay(DateOnly day) => IsWorking(Classify(day));

    /// <summary>
    /// The last day of a period of <paramref name="days"/> working days (行政复议法 Art. 88): the start day is not counted;
    /// each following working day counts one. Zero days: the start day itself, unchanged.
    /// </summary>
    /// <example><c>AddWorkingDays(2026-09-24, 5)</c> is 2026-10-09 (the National Day holiday is skipped).</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public LegalDate AddWorkingDays(DateOnly start, int days)
    {
        RequireNotNegative(days, nameof(days));
        if (days == 0)
        {
            return new LegalDate(start, false, $"期间为0个工作日，期限即起算日{Day(start)}当日");
        }

        var missing = new SortedSet<int>();
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorking(Classify(day, missing)))
            {
                counted++;
            }
        }

        return new LegalDate(
            day,
            missing.Count > 0,
            $"自{Day(start)}起算（当日不计入），第{days}个工作日为{Day(day)}（{WorkingDayRule}）{ProvisionalNote(missing)}");
    }

    /// <summary>
    /// The last day of a period of <paramref name="days"/> calendar days (民事诉讼法 Art. 85): the start day is not counted,
    /// so the last day is <c>start + days</c>; if that is not a working day the period ends on the next working day.
    /// Zero days: the start day itself, not rolled.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public LegalDate AddCalendarDays(DateOnly start, int days)
    {
        RequireNotNegative(days, nameof(days));
        if (days == 0)
        {
            return new LegalDate(start, false, $"期间为0日，期限即起算日{Day(start)}当日");
        }

        var last = start.AddDays(days);
        return EndOn(start, last, $"第{days}日为{Day(last)}", CalendarDayRule);
    }

    /// <summary>
    /// The last day of a period of <paramref name="months"/> months (民法典 Art. 202, 民事诉讼法 Art. 85): the day of the
    /// last month corresponding to the start day, or that month's last day when it has no such day; rolled to the next
    /// working day like a calendar-day period. Zero months: the start day itself, not rolled.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    public LegalDate AddMonths(DateOnly start, int months)
    {
        RequireNotNegative(months, nameof(months));
        if (months == 0)
        {
            return new LegalDate(start, false, $"期间为0个月，期限即起算日{Day(start)}当日");
        }

        var last = start.AddMonths(months);
        var text = last.Day == start.Day
            ? $"{months}个月后的对应日为{Day(last)}"
            : $"{months}个月后的到期月没有对应日，以该月末日{Day(last)}为最后一日";
        return EndOn(start, last, text, MonthRule);
    }

    internal DayKind Classify(DateOnly day, ISet<int>? missingYears = null)
    {
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!_years.TryGetValue(day.Year, out var year))
        {
            missingYears?.Add(day.Year);
            return weekend ? DayKind.Weekend : DayKind.Weekday;
        }

        if (year.WorkingWeekendDays.Contains(day))
        {
            return DayKind.MakeUpWorkday;
        }

        if (year.DaysOff.Contains(day))
        {
            return DayKind.Holiday;
        }

        return weekend ? DayKind.Weekend : DayKind.Weekday;
    }

    private static bool IsWorking(DayKind kind) => kind is DayKind.Weekday or DayKind.MakeUpWorkday;

    private LegalDate EndOn(DateOnly start, DateOnly last, string lastDayText, string rule)
    {
        var missing = new SortedSet<int>();
        var lastKind = Classify(last, missing);
        var end = last;
        while (!IsWorking(Classify(end, missing)))
        {
            end = end.AddDays(1);
        }

        var head = $"自{Day(start)}起算（当日不计入），{lastDayText}";
        var body = end == last
            ? $"{head}，即期间届满日（{rule}）"
            : $"{head}，系{(lastKind == DayKind.Holiday ? "法定节假日" : "周末休息日")}，顺延至其后第一个工作日{Day(end)}（{rule}）";
        return new LegalDate(end, missing.Count > 0, body + ProvisionalNote(missing));
    }

    private static void RequireNotNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"期间不能为负数（收到 {value.ToString(CultureInfo.InvariantCulture)}）：请传入0或正整数。");
        }
    }

    private static HolidayYear ReadFile(string path, string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var text = File.ReadAllText(path);
        try
        {
            return stem.Length == 4 && int.TryParse(stem, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                ? HolidayYear.Parse(text, year)
                : HolidayYear.Parse(text);
        }
        catch (HolidayDataException e)
        {
            throw e.InFile(name);
        }
    }
}
