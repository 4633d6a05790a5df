using System.Text.RegularExpressions;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Timers;

/// <summary>
/// A length of time as BPMN writes it: an ISO 8601 duration (<c>PT30M</c>, <c>P1DT2H</c>, <c>P1M</c>) or one of our
/// legal periods (<c>P5WD</c> working days, <c>P60CD</c> calendar days, <c>P6CM</c> calendar months).
/// </summary>
internal abstract record TimerPeriod
{
    private static readonly Regex Legal = new(@"^P(\d+)(WD|CD|CM)$", RegexOptions.CultureInvariant);

    private static readonly Regex Iso = new(
        @"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$",
        RegexOptions.CultureInvariant);

    /// <summary>Whether the period has no length (not allowed as the interval of a cycle).</summary>
    public abstract bool IsZero { get; }

    /// <summary>The period as a person reads it ("5个工作日", "1天2小时").</summary>
    public abstract string Describe();

    /// <summary>When the period that starts at <paramref name="from"/> ends.</summary>
    public abstract TimerDue After(DateTimeOffset from, BusinessCalendar calendar);

    /// <summary>The period repeated <paramref name="times"/> times end to end (a cycle's n-th occurrence from its start).</summary>
    public abstract TimerPeriod Times(int times);

    public static bool TryParse(string text, out TimerPeriod? period, out string? error)
    {
        period = null;
        error = null;
        var upper = text.Trim().ToUpperInvariant();
        var legal = Legal.Match(upper);
        if (legal.Success)
        {
            if (!int.TryParse(legal.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                error = TooLarge(text);
                return false;
            }

            var unit = legal.Groups[2].Value switch
            {
                "WD" => LegalPeriodUnit.WorkingDays,
                "CD" => LegalPeriodUnit.CalendarDays,
                _ => LegalPeriodUnit.CalendarMonths,
            };
            period = new LegalPeriod(unit, count);
            return true;
        }

        var iso = Iso.Match(upper);
        var hasPart = iso.Success && Enumerable.Range(1, 7).Any(i => iso.Groups[i].Success);
        if (!hasPart || upper.EndsWith('T'))
        {
            error = Unrecognised(text);
            return false;
        }

        if (!IsoDuration.TryCreate(iso.Groups, out var duration))
        {
            error = TooLarge(text);
            return false;
        }

        period = duration;
        return true;
    }

    public static string Unrecognised(string text) =>
        $"无法识别的时长“{text}”：应为 ISO 8601 时长（如 PT1H、P3D）或工作日/自然日期间（如 P5WD、P60CD）";

    private static string TooLarge(string text) => $"时长“{text}”中的数值过大：请检查是否多写了数字";
}
