using System.Globalization;
using System.Text;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services.Admin;

/// <summary>
/// A year's holiday arrangement read from the State Council's notice: the holidays line by line, and the same as a
/// holiday data file (docs/business-calendar.md), which the business calendar loads from the holiday directory.
/// </summary>
public sealed record HolidayNotice(int Year, string Source, IReadOnlyList<HolidayNoticeLine> Lines)
{
    /// <summary>The holiday data file of the year, with the notice as its source line.</summary>
    public string FileText
    {
        get
        {
            var text = new StringBuilder().Append("# ").AppendLine(Source).AppendLine("# 由系统管理员从通知原文导入。");
            foreach (var line in Lines)
            {
                text.Append("off: ").Append(Iso(line.OffFrom));
                if (line.OffTo != line.OffFrom) text.Append("..").Append(Iso(line.OffTo));
                text.Append("   # ").AppendLine(line.Holiday);
            }

            foreach (var line in Lines)
            {
                foreach (var day in line.WorkDays) text.Append("work: ").Append(Iso(day)).Append("   # ").Append(line.Holiday).AppendLine("调休上班");
            }

            return text.ToString();
        }
    }

    /// <summary>The year as the business calendar reads it; checks the data (a work day on a weekday, a day both off and worked …).</summary>
    /// <exception cref="HolidayDataException">The notice's dates do not make a valid year.</exception>
    public HolidayYear ToYear() => HolidayYear.Parse(FileText, Year);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
