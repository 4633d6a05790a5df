using System.Globalization;
using static Reconsideration.Workflows.Calendar.LegalDateText;

namespace Reconsideration.Workflows.Calendar;

/// <summary>
/// The legal business calendar: working days from the loaded holiday years, and the two ways the law counts
/// periods — working days (行政复议法 Art. 88) and calendar days or months (民事诉讼法 Art. 85, 民法典 Art. 202).
/// The years come from a <see cref="HolidaySource"/> (fixed, or a directory reloaded when an administrator saves a
/// year); a year without loaded data is counted on weekends only and every result that depends on it is provisional.
/// </summary>
public sealed class BusinessCalendar
{
    private const string WorkingDayRule = "《行政复议法》第八十八条：期间中的“日”指工作日";
    private const string CalendarDayRule = "《行政复议法》第八十八条、《民事诉讼法》第八十五条";
    private const string MonthRule = "《民法典》第二百零二条、《民事诉讼法》第八十五条";

    private static readonly Lazy<BusinessCalendar> Shipped = new(() => new BusinessCalendar(ShippedHolidayData.Load()));

    private readonly HolidaySource _source;

    /// <summary>A calendar of exactly these years.</summary>
    /// <exception cref="ArgumentException">Two arrangements for the same year.</exception>
    public BusinessCalendar(IEnumerable<HolidayYear> years)
        : this(new HolidaySource(years))
    {
    }

    /// <summary>A calendar that reads its years from <paramref name="source"/>: reloading the source changes what it counts.</summary>
    public BusinessCalendar(HolidaySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    /// <summary>The calendar of the holiday years shipped with the program.</summary>
    public static BusinessCalendar Default => Shipped.Value;

    /// <summary>Where the years come from; <see cref="HolidaySource.Reload"/> puts a changed directory in force.</summary>
    public HolidaySource Source => _source;

    /// <summary>The years with loaded holiday data, ascending.</summary>
    public IReadOnlyList<int> Years => _source.Years;

    /// <summary>
    /// The shipped years, replaced or extended by every <c>*.txt</c> file in <paramref name="directory"/> (one year a file,
    /// best named <c>&lt;year&gt;.txt</c>), read again when its <see cref="Source"/> is reloaded. Null or empty:
    /// <see cref="Default"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="HolidayDataException">A file is wrong; the message names it and the line.</exception>
    public static BusinessCalendar Load(string? directory) =>
        string.IsNullOrWhiteSpace(directory) ? Default : new BusinessCalendar(HolidaySource.FromDirectory(directory));

    /// <summary>The loaded arrangement of <paramref name="year"/>, or null when that year has none.</summary>
    public HolidayYear? Holidays(int year) => _source.Table.ByYear.GetValueOrDefault(year);

    /// <summary>Whether holiday data for <paramref name="year"/> is loaded.</summary>
    public bool HasDataFor(int year) => _source.Table.ByYear.ContainsKey(year);

    /// <summary>
    /// Whether <paramref name="day"/> is a working day: a weekday that is not a day off, or a make-up working weekend day.
    /// In a year without data: Monday to Friday.
    /// </summary>
    public bool IsWorkingDay(DateOnly day) => IsWorking(Classify(_source.Table, day));

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

        // One table for the whole count: a reload meanwhile does not mix two arrangements in one period.
        var table = _source.Table;
        var missing = new SortedSet<int>();
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorking(Classify(table, day, missing)))
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

    internal DayKind Classify(DateOnly day, ISet<int>? missingYears = null) => Classify(_source.Table, day, missingYears);

    private static DayKind Classify(HolidayTable table, DateOnly day, ISet<int>? missingYears = null)
    {
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!table.ByYear.TryGetValue(day.Year, out var year))
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
        var table = _source.Table;
        var missing = new SortedSet<int>();
        var lastKind = Classify(table, last, missing);
        var end = last;
        while (!IsWorking(Classify(table, end, missing)))
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
}
