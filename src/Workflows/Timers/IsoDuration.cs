using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Timers;

/// <summary>
/// An ISO 8601 duration. Years, months, weeks and days are calendar-aware in China time (P1M from 31 January is the
/// last day of February); hours, minutes and seconds are elapsed time. No business calendar: a plain clock period.
/// </summary>
internal sealed record IsoDuration(int Years, int Months, int Weeks, int Days, TimeSpan Time) : TimerPeriod
{
    public override bool IsZero => Years == 0 && Months == 0 && Weeks == 0 && Days == 0 && Time == TimeSpan.Zero;

    public static bool TryCreate(GroupCollection groups, out IsoDuration? duration)
    {
        duration = null;
        int[] dateParts = new int[4];
        for (var i = 0; i < 4; i++)
        {
            if (groups[i + 1].Success && !int.TryParse(groups[i + 1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out dateParts[i]))
            {
                return false;
            }
        }

        try
        {
            var hours = Number(groups[5]);
            var minutes = Number(groups[6]);
            var seconds = Number(groups[7]);
            var time = TimeSpan.FromTicks(checked((long)((hours * 3600m + minutes * 60m + seconds) * TimeSpan.TicksPerSecond)));
            duration = new IsoDuration(dateParts[0], dateParts[1], dateParts[2], dateParts[3], time);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public override string Describe()
    {
        var text = new StringBuilder();
        Append(text, Years, "年");
        Append(text, Months, "个月");
        Append(text, Weeks, "周");
        Append(text, Days, "天");
        Append(text, Time.Days * 24 + Time.Hours, "小时");
        Append(text, Time.Minutes, "分钟");
        var seconds = Time.Seconds + Time.Ticks % TimeSpan.TicksPerSecond / (decimal)TimeSpan.TicksPerSecond;
        if (seconds != 0)
        {
            text.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('秒');
        }

        return text.Length == 0 ? "0秒" : text.ToString();
    }

    public override TimerDue After(DateTimeOffset from, BusinessCalendar calendar)
    {
        var local = LegalTime.ToChina(from);
        var at = LegalTime.ToChina(local.AddYears(Years).AddMonths(Months).AddDays(Weeks * 7L + Days).Add(Time));
        return new TimerDue(at, false, $"自{LegalDateText.Instant(from)}起经过{Describe()}，于{LegalDateText.Instant(at)}（北京时间）到期");
    }

    public override TimerPeriod Times(int times) => new IsoDuration(
        checked(Years * times),
        checked(Months * times),
        checked(Weeks * times),
        checked(Days * times),
        TimeSpan.FromTicks(checked(Time.Ticks * times)));

    private static decimal Number(Group group) =>
        group.Success ? decimal.Parse(group.Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0m;

    private static void Append(StringBuilder text, long value, string unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
