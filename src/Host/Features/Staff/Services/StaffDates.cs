using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>Dates as the pages show them.</summary>
public static class StaffDates
{
    /// <summary>"2026年3月1日".</summary>
    public static string Day(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>"2026年3月1日 09:30", Beijing time.</summary>
    public static string DateTime(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, LegalTime.China);
        return $"{Day(DateOnly.FromDateTime(local.DateTime))} {local:HH:mm}";
    }
}
