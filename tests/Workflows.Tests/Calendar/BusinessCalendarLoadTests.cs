using System.Globalization;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Workflows.Tests.Calendar;

public sealed class BusinessCalendarLoadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("holidays-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_file_in_the_directory_replaces_the_shipped_year()
    {
        Write("2026.txt", "# 测试用安排\noff: 2026-09-28\n");

        var calendar = BusinessCalendar.Load(_directory);

        // 09-25 is now a working day and 28 September the only day off; October is ordinary
        Assert.Equal(D("2026-10-02"), calendar.AddWorkingDays(D("2026-09-24"), 5).Date);
        Assert.Equal(D("2026-10-09"), BusinessCalendar.Default.AddWorkingDays(D("2026-09-24"), 5).Date);
        Assert.Equal([2024, 2025, 2026], calendar.Years);
    }

    [Fact]
    public void An_administrator_adds_a_year_without_recompiling()
    {
        Write("2027.txt", "# 2027年安排（测试）\noff: 2027-01-01..2027-01-03\n");

        var calendar = BusinessCalendar.Load(_directory);
        var result = calendar.AddWorkingDays(D("2026-12-20"), 20);

        Assert.True(calendar.HasDataFor(2027));
        Assert.Equal([2024, 2025, 2026, 2027], calendar.Years);
        Assert.Equal(D("2027-01-18"), result.Date);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void A_file_not_named_after_its_year_takes_the_year_of_its_dates()
    {
        Write("国务院通知.txt", "off: 2027-02-05..2027-02-12\n");

        Assert.True(BusinessCalendar.Load(_directory).HasDataFor(2027));
    }

    [Fact]
    public void Errors_name_the_file_and_the_line()
    {
        Write("2027.txt", "# 2027\noff: 2027-01-01\nwork: 2027-01-04\n");

        var error = Assert.Throws<HolidayDataException>(() => BusinessCalendar.Load(_directory));

        Assert.Equal("2027.txt", error.FileName);
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith("节假日数据文件“2027.txt”第3行：2027-01-04 是星期一", error.Message);
    }

    [Fact]
    public void A_file_named_for_one_year_may_not_hold_another()
    {
        Write("2027.txt", "off: 2026-10-01\n");

        var error = Assert.Throws<HolidayDataException>(() => BusinessCalendar.Load(_directory));

        Assert.Contains("不属于2027年", error.Message);
    }

    [Fact]
    public void Two_files_for_one_year_are_refused()
    {
        Write("2027.txt", "off: 2027-01-01\n");
        Write("2027-修订.txt", "off: 2027-01-01..2027-01-03\n");

        var error = Assert.Throws<HolidayDataException>(() => BusinessCalendar.Load(_directory));

        Assert.Contains("都是2027年的安排", error.Message);
    }

    [Fact]
    public void No_directory_means_the_shipped_calendar_and_a_missing_one_is_an_error()
    {
        Assert.Same(BusinessCalendar.Default, BusinessCalendar.Load(null));
        Assert.Same(BusinessCalendar.Default, BusinessCalendar.Load(""));

        var error = Assert.Throws<DirectoryNotFoundException>(() => BusinessCalendar.Load(Path.Combine(_directory, "missing")));
        Assert.Contains("不存在", error.Message);
    }

    [Fact]
    public void Duplicate_years_in_the_constructor_are_refused()
    {
        var year = HolidayYear.Parse("off: 2027-01-01");

        Assert.Throws<ArgumentException>(() => new BusinessCalendar([year, year]));
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_directory, name), text);

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
