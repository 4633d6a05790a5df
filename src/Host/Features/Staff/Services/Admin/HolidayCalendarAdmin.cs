using System.Text;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Staff.Services.Admin;

/// <summary>
/// The holiday calendar for the administrator (节假日安排): the years in force, and a year imported from the State
/// Council's notice into the holiday directory (Cases:HolidayDirectory, else Workflows:HolidayDirectory) as
/// <c>&lt;year&gt;.txt</c> (docs/business-calendar.md). A saved year is checked by reading the whole directory (a file
/// that would stop the load is taken back), then the running calendar's source is reloaded: the engine's timers and due
/// dates, the deadlines and the due badges all read that one calendar, so the year is in force at once.
/// </summary>
public sealed class HolidayCalendarAdmin(BusinessCalendar calendar)
{
    /// <summary>Where an administrator's years are stored; null when the deployment configured none.</summary>
    public string? Directory => calendar.Source.Directory;

    /// <summary>The years the running calendar uses, ascending.</summary>
    public IReadOnlyList<HolidayYear> InForce() => [.. calendar.Years.Select(calendar.Holidays).OfType<HolidayYear>()];

    /// <summary>The years saved in the holiday directory (they replace the shipped years of the same number).</summary>
    public IReadOnlyList<int> Saved() =>
        Directory is { } dir && System.IO.Directory.Exists(dir)
            ? [.. System.IO.Directory.GetFiles(dir, "*.txt").Select(Path.GetFileNameWithoutExtension).Select(n => int.TryParse(n, out var y) ? y : 0).Where(y => y > 0).Order()]
            : [];

    /// <summary>Reads the notice and checks the year it gives.</summary>
    /// <exception cref="HolidayDataException">Not a readable notice, or its dates do not make a valid year.</exception>
    public HolidayNotice Preview(string text, int? year)
    {
        var notice = HolidayNoticeParser.Parse(text, year);
        _ = notice.ToYear();
        return notice;
    }

    /// <summary>Writes the year into the holiday directory and puts it in force; returns the file's name.</summary>
    public async Task<string> SaveAsync(HolidayNotice notice)
    {
        var dir = Directory ?? throw new StaffAdminException(
            "未配置节假日数据目录（配置项 Workflows:HolidayDirectory），无法保存；请由运维人员配置后重启系统。");
        System.IO.Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"{notice.Year}.txt");
        var previous = File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
        await File.WriteAllTextAsync(path, notice.FileText, new UTF8Encoding(false));
        try
        {
            calendar.Source.Reload();
        }
        catch (HolidayDataException e)
        {
            // The source keeps the years it had: only the file needs taking back.
            if (previous is null) File.Delete(path);
            else await File.WriteAllTextAsync(path, previous, new UTF8Encoding(false));
            throw new StaffAdminException($"保存后节假日数据无法载入，已撤回：{e.Message}");
        }

        return Path.GetFileName(path);
    }
}
