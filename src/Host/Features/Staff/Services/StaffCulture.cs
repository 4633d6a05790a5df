using System.Globalization;

namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>The culture of dates and numbers in the pages.</summary>
public static class StaffCulture
{
    /// <summary>zh-CN: month and weekday names in the date pickers.</summary>
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
}
