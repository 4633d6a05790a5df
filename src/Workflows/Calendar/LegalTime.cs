namespace Reconsideration.Workflows.Calendar;

/// <summary>
/// The legal time zone. Legal dates are days in Asia/Shanghai; a deadline is the end of its day there
/// (DOMAIN §1: never a UTC timestamp).
/// </summary>
public static class LegalTime
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Asia/Shanghai; a fixed +08:00 zone when the machine has no time zone data.</summary>
    public static TimeZoneInfo China { get; } = FindChina();

    /// <summary>The legal (China-local) date of an instant.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToChina(now).DateTime);

    /// <summary>The legal (China-local) date now, from an injected clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Today(clock.GetUtcNow());
    }

    /// <summary>
    /// The end of a legal day: the first instant of the following day in China time. A deadline on
    /// <paramref name="date"/> is met by anything before this instant; a timer for it fires at this instant, never earlier.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var local = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, China.GetUtcOffset(local));
    }

    /// <summary>An instant expressed with China's offset.</summary>
    internal static DateTimeOffset ToChina(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, China);

    /// <summary>
    /// The day a period starting at <paramref name="instant"/> starts on (that day itself is not counted).
    /// Midnight exactly is 24:00 of the day that just ended — the instant <see cref="EndOfDay"/> returns — so a
    /// period that follows one ending on day D also starts on D and a repeating legal period does not skip a day.
    /// </summary>
    internal static DateOnly StartDay(DateTimeOffset instant)
    {
        var local = ToChina(instant).DateTime;
        var day = DateOnly.FromDateTime(local);
        return local.TimeOfDay == TimeSpan.Zero ? day.AddDays(-1) : day;
    }

    private static TimeZoneInfo FindChina()
    {
        foreach (var id in new[] { "Asia/Shanghai", "China Standard Time" })
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // try the next name, then fall back to the fixed offset China has used since 1991
            }
        }

        return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", ChinaOffset, "中国标准时间", "中国标准时间");
    }
}
